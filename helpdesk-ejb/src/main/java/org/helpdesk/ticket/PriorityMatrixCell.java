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
import org.helpdesk.shared.ValidationException;

/** One cell of the ITIL matrix: this impact with this urgency gives this priority (1-5). */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "priority_matrix")
@NamedQuery(name = "PriorityMatrixCell.all", query = "SELECT c FROM PriorityMatrixCell c")
@NamedQuery(name = "PriorityMatrixCell.of",
        query = "SELECT c FROM PriorityMatrixCell c WHERE c.impact = :impact AND c.urgency = :urgency")
public class PriorityMatrixCell extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level impact;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Level urgency;

    @Column(nullable = false)
    private int priority;

    protected PriorityMatrixCell() {
    }

    public Level getImpact() {
        return impact;
    }

    public Level getUrgency() {
        return urgency;
    }

    public int getPriority() {
        return priority;
    }

    /** Gives this impact and urgency another priority. */
    public void setPriority(int priority) {
        if (priority < Ticket.LOWEST_PRIORITY || priority > Ticket.HIGHEST_PRIORITY) {
            throw new ValidationException("priority", "validation.priority", Ticket.LOWEST_PRIORITY,
                    Ticket.HIGHEST_PRIORITY);
        }
        this.priority = priority;
    }
}
