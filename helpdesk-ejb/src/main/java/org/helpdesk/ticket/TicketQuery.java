package org.helpdesk.ticket;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What to look for in the ticket lists. Every criterion is optional: start from {@link #all()}
 * and narrow it with the {@code with...} methods. {@code number} matches a ticket number or its
 * beginning, {@code title} a part of the title, {@code text} a part of the title or of any
 * article's subject or body.
 */
public record TicketQuery(
        String number,
        String title,
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
        LocalDate closedTo,
        Map<Long, String> fields) implements Serializable {

    /** The tickets still being worked on: new, open and pending. */
    public static final Set<StateType> OPEN_TYPES =
            Set.of(StateType.NEW, StateType.OPEN, StateType.PENDING_REMINDER, StateType.PENDING_AUTO);

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, Map.of());
    }

    public static TicketQuery openIn(long queueId) {
        return all().withQueue(queueId).withStateTypes(OPEN_TYPES);
    }

    public TicketQuery withNumber(String value) {
        return new TicketQuery(value, title, text, queueId, stateTypes, stateId, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withTitle(String value) {
        return new TicketQuery(number, value, text, queueId, stateTypes, stateId, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withText(String value) {
        return new TicketQuery(number, title, value, queueId, stateTypes, stateId, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withQueue(Long value) {
        return new TicketQuery(number, title, text, value, stateTypes, stateId, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withStateTypes(Set<StateType> value) {
        return new TicketQuery(number, title, text, queueId, value, stateId, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withState(Long value) {
        return new TicketQuery(number, title, text, queueId, stateTypes, value, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withPriority(Integer value) {
        return new TicketQuery(number, title, text, queueId, stateTypes, stateId, value, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withType(Long value) {
        return new TicketQuery(number, title, text, queueId, stateTypes, stateId, priority, value, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withCustomer(Long value) {
        return new TicketQuery(number, title, text, queueId, stateTypes, stateId, priority, typeId, value, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    public TicketQuery withOwner(Long value) {
        return new TicketQuery(number, title, text, queueId, stateTypes, stateId, priority, typeId, customerUserId, value,
                createdFrom, createdTo, closedFrom, closedTo, fields);
    }

    /** Created on these days (both included; either may be left open). */
    public TicketQuery withCreated(LocalDate from, LocalDate to) {
        return new TicketQuery(number, title, text, queueId, stateTypes, stateId, priority, typeId, customerUserId, ownerId,
                from, to, closedFrom, closedTo, fields);
    }

    /** Closed on these days (both included; either may be left open). */
    public TicketQuery withClosed(LocalDate from, LocalDate to) {
        return new TicketQuery(number, title, text, queueId, stateTypes, stateId, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, from, to, fields);
    }

    /**
     * With these dynamic field values (by field id; blank ones are left out): a text field matches when its
     * value contains the text, the others when they equal it ({@code true} for a ticked checkbox).
     */
    public TicketQuery withFields(Map<Long, String> value) {
        Map<Long, String> given = new LinkedHashMap<>();
        value.forEach((id, v) -> {
            if (v != null && !v.isBlank()) {
                given.put(id, v.trim());
            }
        });
        return new TicketQuery(number, title, text, queueId, stateTypes, stateId, priority, typeId, customerUserId, ownerId,
                createdFrom, createdTo, closedFrom, closedTo, Map.copyOf(given));
    }
}
