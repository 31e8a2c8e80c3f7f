package org.helpdesk.ticket;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What to look for in the ticket lists. Every criterion is optional; {@code text} matches the
 * title and the articles' subjects and bodies, {@code number} a ticket number or its beginning.
 */
public record TicketQuery(
        String number,
        String text,
        Long queueId,
        Set<StateType> stateTypes,
        Long stateId,
        Integer priority,
        Long typeId,
        Long customerUserId,
        Long ownerId,
        LocalDate createdFrom,
        LocalDate createdTo,
        LocalDate closedFrom,
        LocalDate closedTo) implements Serializable {

    /** The tickets still being worked on: new, open and pending. */
    public static final Set<StateType> OPEN_TYPES =
            Set.of(StateType.NEW, StateType.OPEN, StateType.PENDING_REMINDER, StateType.PENDING_AUTO);

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static TicketQuery openIn(long queueId) {
        return new TicketQuery(null, null, queueId, OPEN_TYPES, null, null, null, null, null, null, null, null, null);
    }

    public TicketQuery withStateTypes(Set<StateType> types) {
        return new TicketQuery(number, text, queueId, types, stateId, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo);
    }

    public TicketQuery withOwner(Long owner) {
        return new TicketQuery(number, text, queueId, stateTypes, stateId, priority, typeId, customerUserId, owner,
                createdFrom, createdTo, closedFrom, closedTo);
    }

    public TicketQuery withCustomer(Long customer) {
        return new TicketQuery(number, text, queueId, stateTypes, stateId, priority, typeId, customer, ownerId,
                createdFrom, createdTo, closedFrom, closedTo);
    }
}
