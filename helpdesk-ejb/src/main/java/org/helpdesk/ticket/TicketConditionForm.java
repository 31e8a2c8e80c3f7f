package org.helpdesk.ticket;

import java.io.Serializable;

import org.helpdesk.queue.Queue;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.ValidationException;

/**
 * A {@link TicketCondition} as the administrator edits it, in the forms of escalation rules and
 * notifications; {@code null} means any queue, priority or type.
 */
public record TicketConditionForm(Long queueId, Integer minPriority, Integer maxPriority, Long typeId) implements Serializable {

    /** Every ticket. */
    public static final TicketConditionForm ANY = new TicketConditionForm(null, null, null, null);

    public static TicketConditionForm of(TicketCondition condition) {
        return new TicketConditionForm(condition.getQueue() == null ? null : condition.getQueue().getId(),
                condition.getMinPriority(), condition.getMaxPriority(),
                condition.getType() == null ? null : condition.getType().getId());
    }

    /** Refuses a priority outside {@value Ticket#LOWEST_PRIORITY} to {@value Ticket#HIGHEST_PRIORITY}. */
    public void validate() {
        for (Integer priority : new Integer[] {minPriority, maxPriority}) {
            if (priority != null && (priority < Ticket.LOWEST_PRIORITY || priority > Ticket.HIGHEST_PRIORITY)) {
                throw new ValidationException("priority", "validation.priority", Ticket.LOWEST_PRIORITY, Ticket.HIGHEST_PRIORITY);
            }
        }
    }

    /** The condition, once valid, with the queue and type it names; an unknown id is refused on its field. */
    public TicketCondition resolve(Lookup lookup) {
        validate();
        return new TicketCondition(lookup.optionalReference(Queue.class, queueId, "queueId"), minPriority, maxPriority,
                lookup.optionalReference(TicketType.class, typeId, "typeId"));
    }
}
