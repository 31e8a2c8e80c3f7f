package org.helpdesk.web.admin;

import java.io.Serializable;

/** The editable fields of a simple named object on the page: name, comment or text, valid. */
public class NamedEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final long version;
    private String name;
    private String comments;
    private boolean valid;

    public NamedEdit(Long id, long version, String name, String comments, boolean valid) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.comments = comments;
        this.valid = valid;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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
