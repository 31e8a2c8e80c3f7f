package org.helpdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** A ticket state such as "open" or "closed successful". */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "ticket_state")
@NamedQuery(name = "TicketState.byName", query = "SELECT s FROM TicketState s WHERE s.name = :name")
@NamedQuery(name = "TicketState.firstOfType",
        query = "SELECT s FROM TicketState s WHERE s.type = :type AND s.valid = TRUE ORDER BY s.id")
@NamedQuery(name = "TicketState.pending", query = "SELECT s FROM TicketState s WHERE s.valid = TRUE AND s.type IN "
        + "(org.helpdesk.ticket.StateType.PENDING_REMINDER, org.helpdesk.ticket.StateType.PENDING_AUTO) ORDER BY s.name")
public class TicketState extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "state_type", nullable = false, length = 20)
    private StateType type;

    @Column(nullable = false)
    private boolean valid = true;

    /** Whether the SLA clocks stand still in this state (the pending states, unless the administrator says otherwise). */
    @Column(name = "stops_clock", nullable = false)
    private boolean stopsClock;

    protected TicketState() {
    }

    public TicketState(String name, StateType type) {
        this.name = name;
        this.type = type;
        this.stopsClock = type.isPending();
    }

    /** The administrator's edit. */
    public void change(String name, StateType type, boolean valid) {
        this.name = name;
        this.type = type;
        this.valid = valid;
    }

    public String getName() {
        return name;
    }

    public StateType getType() {
        return type;
    }

    public boolean isValid() {
        return valid;
    }

    public boolean isStopsClock() {
        return stopsClock && !type.isFinished();
    }

    public void setStopsClock(boolean stopsClock) {
        this.stopsClock = stopsClock;
    }

    @Override
    public String toString() {
        return name;
    }
}
