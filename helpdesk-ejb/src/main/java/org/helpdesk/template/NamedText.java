package org.helpdesk.template;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.helpdesk.shared.BaseEntity;

/** A named text with placeholders that agents put into answers: a signature or a canned response. */
@MappedSuperclass
public abstract class NamedText extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private boolean valid = true;

    public String getName() {
        return name;
    }

    public String getBody() {
        return body;
    }

    public boolean isValid() {
        return valid;
    }

    void change(String name, String body, boolean valid) {
        this.name = name;
        this.body = body;
        this.valid = valid;
    }
}
