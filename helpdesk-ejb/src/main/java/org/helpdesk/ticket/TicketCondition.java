package org.helpdesk.ticket;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.helpdesk.queue.Queue;

/**
 * Which tickets something applies to, as escalation rules and notifications say it: those of a
 * queue, within a priority range, of a type. Each part left empty ({@code null}) means any; the
 * condition with nothing set applies to every ticket. Embedded in the owner's table
 * ({@code queue_id}, {@code min_priority}, {@code max_priority}, {@code type_id}).
 */
@Embeddable
public class TicketCondition implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne
    @JoinColumn(name = "queue_id")
    private Queue queue;

    @Column(name = "min_priority")
    private Integer minPriority;

    @Column(name = "max_priority")
    private Integer maxPriority;

    @ManyToOne
    @JoinColumn(name = "type_id")
    private TicketType type;

    protected TicketCondition() {
    }

    public TicketCondition(Queue queue, Integer minPriority, Integer maxPriority, TicketType type) {
        this.queue = queue;
        this.minPriority = minPriority;
        this.maxPriority = maxPriority;
        this.type = type;
    }

    /** The condition every ticket meets. */
    public static TicketCondition any() {
        return new TicketCondition();
    }

    public boolean matches(Ticket ticket) {
        return (queue == null || queue.equals(ticket.getQueue()))
                && (minPriority == null || ticket.getPriority() >= minPriority)
                && (maxPriority == null || ticket.getPriority() <= maxPriority)
                && (type == null || type.equals(ticket.getType()));
    }

    public Queue getQueue() {
        return queue;
    }

    public Integer getMinPriority() {
        return minPriority;
    }

    public Integer getMaxPriority() {
        return maxPriority;
    }

    public TicketType getType() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TicketCondition that && Objects.equals(queue, that.queue)
                && Objects.equals(minPriority, that.minPriority) && Objects.equals(maxPriority, that.maxPriority)
                && Objects.equals(type, that.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(queue, minPriority, maxPriority, type);
    }
}
