package org.helpdesk.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** An uploaded logo: the one on the login pages or the one in the page header. */
@Entity
@Table(name = "logo")
@EntityListeners(AuditListener.class)
@NamedQuery(name = "Logo.byKind", query = "SELECT l FROM Logo l WHERE l.kind = :kind")
public class Logo extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** Where the logo shows. */
    public enum Kind {
        LOGIN, HEADER
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, unique = true, length = 10)
    private Kind kind;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(nullable = false)
    private byte[] content;

    protected Logo() {
    }

    Logo(Kind kind) {
        this.kind = kind;
    }

    public Kind getKind() {
        return kind;
    }

    /** Names the logo in the audit log. */
    public String getName() {
        return kind.name().toLowerCase();
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content;
    }

    void replace(byte[] content, String contentType) {
        this.content = content;
        this.contentType = contentType;
    }
}
