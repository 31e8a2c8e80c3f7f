package org.helpdesk.queue;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/**
 * An address that belongs to the desk (soporte@..., consultoria@...). Mail to it may be dispatched
 * to its queue, and Helpdesk never auto-responds to mail that comes from one of them.
 */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "system_address")
@NamedQuery(name = "SystemAddress.all", query = "SELECT s FROM SystemAddress s ORDER BY s.email")
@NamedQuery(name = "SystemAddress.count", query = "SELECT COUNT(s) FROM SystemAddress s")
@NamedQuery(name = "SystemAddress.validIn", query = "SELECT s FROM SystemAddress s WHERE s.valid = TRUE AND s.email IN :emails")
@NamedQuery(name = "SystemAddress.byEmail", query = "SELECT s FROM SystemAddress s WHERE s.email = :email")
public class SystemAddress extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 250)
    private String email;

    @Column(name = "display_name", length = 200)
    private String displayName;

    @ManyToOne(optional = false)
    @JoinColumn(name = "queue_id", nullable = false)
    private Queue queue;

    @Column(nullable = false)
    private boolean valid = true;

    protected SystemAddress() {
    }

    public SystemAddress(String email, String displayName, Queue queue) {
        change(email, displayName, queue);
    }

    public void change(String email, String displayName, Queue queue) {
        this.email = email.trim().toLowerCase(Locale.ROOT);
        this.displayName = displayName == null || displayName.isBlank() ? null : displayName.trim();
        this.queue = queue;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Queue getQueue() {
        return queue;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
