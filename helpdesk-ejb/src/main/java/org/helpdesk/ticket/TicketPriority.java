package org.helpdesk.ticket;

import java.io.Serializable;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.helpdesk.audit.AuditListener;

/** One of the five priorities (1 lowest to 5 highest) with the names the desk gives it. */
@Entity
@Table(name = "ticket_priority")
@EntityListeners(AuditListener.class)
public class TicketPriority implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The number tickets carry. */
    @Id
    @Column(name = "id")
    private int level;

    @Version
    private long version;

    @Column(name = "name_es", nullable = false, length = 100)
    private String nameEs;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private boolean valid = true;

    protected TicketPriority() {
    }

    public int getLevel() {
        return level;
    }

    public long getVersion() {
        return version;
    }

    /** Names the priority in the audit log. */
    public String getName() {
        return nameEs;
    }

    public String getNameEs() {
        return nameEs;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameEs;
    }

    public boolean isValid() {
        return valid;
    }

    void change(String nameEs, String nameEn, boolean valid) {
        this.nameEs = nameEs;
        this.nameEn = nameEn;
        this.valid = valid;
    }
}
