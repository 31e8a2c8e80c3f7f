package org.helpdesk.ticket;

import java.io.Serializable;
import java.time.Instant;
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
        Set<Long> queueIds,
        Set<StateType> stateTypes,
        Set<Long> stateIds,
        Set<Integer> priorities,
        Set<Long> typeIds,
        Long customerUserId,
        Set<Long> ownerIds,
        LocalDate createdFrom,
        LocalDate createdTo,
        LocalDate closedFrom,
        LocalDate closedTo,
        Instant createdSince,
        Instant createdUntil,
        Instant closedSince,
        Instant closedUntil,
        Instant changedSince,
        Instant changedUntil,
        Map<Long, String> fields) implements Serializable {

    public TicketQuery {
        queueIds = queueIds == null ? Set.of() : Set.copyOf(queueIds);
        stateIds = stateIds == null ? Set.of() : Set.copyOf(stateIds);
        priorities = priorities == null ? Set.of() : Set.copyOf(priorities);
        typeIds = typeIds == null ? Set.of() : Set.copyOf(typeIds);
        ownerIds = ownerIds == null ? Set.of() : Set.copyOf(ownerIds);
    }

    /** The tickets still being worked on: new, open and pending. */
    public static final Set<StateType> OPEN_TYPES =
            Set.of(StateType.NEW, StateType.OPEN, StateType.PENDING_REMINDER, StateType.PENDING_AUTO);

    public static TicketQuery all() {
        return new TicketQuery(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, Map.of());
    }

    public static TicketQuery openIn(long queueId) {
        return all().withQueue(queueId).withStateTypes(OPEN_TYPES);
    }

    public TicketQuery withNumber(String value) {
        return new TicketQuery(value, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withTitle(String value) {
        return new TicketQuery(number, value, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withText(String value) {
        return new TicketQuery(number, title, value, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withQueue(Long value) {
        return withQueues(one(value));
    }

    /** Any of these (none: no restriction). */
    public TicketQuery withQueues(Set<Long> value) {
        return new TicketQuery(number, title, text, value, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withStateTypes(Set<StateType> value) {
        return new TicketQuery(number, title, text, queueIds, value, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withState(Long value) {
        return withStates(one(value));
    }

    /** Any of these (none: no restriction). */
    public TicketQuery withStates(Set<Long> value) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, value, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withPriority(Integer value) {
        return withPriorities(value == null ? Set.of() : Set.of(value));
    }

    /** Any of these (none: no restriction). */
    public TicketQuery withPriorities(Set<Integer> value) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, value, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withType(Long value) {
        return withTypes(one(value));
    }

    /** Any of these (none: no restriction). */
    public TicketQuery withTypes(Set<Long> value) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, value, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withCustomer(Long value) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, value, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    public TicketQuery withOwner(Long value) {
        return withOwners(one(value));
    }

    /** Any of these (none: no restriction). */
    public TicketQuery withOwners(Set<Long> value) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, value,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    /** Created on these days (both included; either may be left open). */
    public TicketQuery withCreated(LocalDate from, LocalDate to) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                from, to, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    /** Closed on these days (both included; either may be left open). */
    public TicketQuery withClosed(LocalDate from, LocalDate to) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, from, to, createdSince, createdUntil, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    /** Created at or after {@code since} and at or before {@code until}, to the second (either may be left open). */
    public TicketQuery withCreatedBetween(Instant since, Instant until) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, since, until, closedSince, closedUntil, changedSince, changedUntil, fields);
    }

    /** Closed at or after {@code since} and at or before {@code until}, to the second (either may be left open). */
    public TicketQuery withClosedBetween(Instant since, Instant until) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, since, until, changedSince, changedUntil, fields);
    }

    /** Changed at or after {@code since} and at or before {@code until}, to the second (either may be left open). */
    public TicketQuery withChangedBetween(Instant since, Instant until) {
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil, since, until, fields);
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
        return new TicketQuery(number, title, text, queueIds, stateTypes, stateIds, priorities, typeIds, customerUserId, ownerIds,
                createdFrom, createdTo, closedFrom, closedTo, createdSince, createdUntil, closedSince, closedUntil,
                changedSince, changedUntil, Map.copyOf(given));
    }

    private static Set<Long> one(Long value) {
        return value == null ? Set.of() : Set.of(value);
    }
}
