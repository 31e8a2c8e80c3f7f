package org.helpdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** The kind of request: incident, major incident, problem, service request. */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "ticket_type")
@NamedQuery(name = "TicketType.byName", query = "SELECT t FROM TicketType t WHERE t.name = :name")
public class TicketType extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean valid = true;

    protected TicketType() {
    }

    public TicketType(String name) {
        this.name = name;
    }

    /** The administrator's edit. */
    public void change(String name, boolean valid) {
        this.name = name;
        this.valid = valid;
    }

    public String getName() {
        return name;
    }

    public boolean isValid() {
        return valid;
    }

    @Override
    public String toString() {
        return name;
    }
}
