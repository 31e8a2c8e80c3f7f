package org.helpdesk.web.mail;

import java.io.Serializable;

import org.helpdesk.mail.inbound.SystemAddressForm;

/** The editable fields of a system address on the page. */
public class AddressForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String email;
    private String displayName;
    private Long queueId;
    private boolean valid;

    SystemAddressForm toRecord() {
        return new SystemAddressForm(id, version, email, displayName, queueId, valid);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
