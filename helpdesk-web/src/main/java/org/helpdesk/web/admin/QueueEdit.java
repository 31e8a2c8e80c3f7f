package org.helpdesk.web.admin;

import java.io.Serializable;

import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.shared.CryptoMethod;

/** The editable fields of a queue on the page; becomes a {@link QueueForm} for the service. */
public class QueueEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String name;
    private Long groupId;
    private int tier;
    private FollowUpPolicy followUpPolicy;
    private UnknownSenderPolicy unknownSenderPolicy;
    private Long systemAddressId;
    private Long signatureId;
    private boolean customerVisible;
    private String comments;
    private CryptoMethod signMethod;
    private boolean valid;

    static QueueEdit of(QueueForm form) {
        QueueEdit edit = new QueueEdit();
        edit.id = form.id();
        edit.version = form.version();
        edit.name = form.name();
        edit.groupId = form.groupId();
        edit.tier = form.tier();
        edit.followUpPolicy = form.followUpPolicy();
        edit.unknownSenderPolicy = form.unknownSenderPolicy();
        edit.systemAddressId = form.systemAddressId();
        edit.signatureId = form.signatureId();
        edit.customerVisible = form.customerVisible();
        edit.comments = form.comments();
        edit.signMethod = form.signMethod();
        edit.valid = form.valid();
        return edit;
    }

    QueueForm toForm() {
        return new QueueForm(id, version, name, groupId, tier, followUpPolicy, unknownSenderPolicy, systemAddressId, signatureId, customerVisible,
                comments, valid, signMethod);
    }

    public boolean isNew() {
        return id == null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public int getTier() {
        return tier;
    }

    public void setTier(int tier) {
        this.tier = tier;
    }

    public UnknownSenderPolicy getUnknownSenderPolicy() {
        return unknownSenderPolicy;
    }

    public void setUnknownSenderPolicy(UnknownSenderPolicy unknownSenderPolicy) {
        this.unknownSenderPolicy = unknownSenderPolicy;
    }

    public FollowUpPolicy getFollowUpPolicy() {
        return followUpPolicy;
    }

    public void setFollowUpPolicy(FollowUpPolicy followUpPolicy) {
        this.followUpPolicy = followUpPolicy;
    }

    public Long getSystemAddressId() {
        return systemAddressId;
    }

    public void setSystemAddressId(Long systemAddressId) {
        this.systemAddressId = systemAddressId;
    }

    public Long getSignatureId() {
        return signatureId;
    }

    public void setSignatureId(Long signatureId) {
        this.signatureId = signatureId;
    }

    public CryptoMethod getSignMethod() {
        return signMethod;
    }

    public void setSignMethod(CryptoMethod signMethod) {
        this.signMethod = signMethod;
    }

    public boolean isCustomerVisible() {
        return customerVisible;
    }

    public void setCustomerVisible(boolean customerVisible) {
        this.customerVisible = customerVisible;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
