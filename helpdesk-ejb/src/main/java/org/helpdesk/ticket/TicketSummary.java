package org.helpdesk.ticket;

import java.io.Serializable;
import java.time.Instant;

/** One row of a ticket list, read by a projection query (no entities, no lazy loading). */
public record TicketSummary(
        long id,
        String number,
        String title,
        String queue,
        String state,
        StateType stateType,
        int priority,
        String customer,
        String owner,
        boolean locked,
        Instant createdAt,
        Instant escalationAt) implements Serializable {

    /**
     * The row as the list queries read it, the customer's names apart: a literal in the select list (a
     * space to join them) would keep EclipseLink from binding the query's parameters on H2.
     */
    public TicketSummary(long id, String number, String title, String queue, String state, StateType stateType,
            int priority, String customerFirstName, String customerLastName, String owner, boolean locked,
            Instant createdAt, Instant escalationAt) {
        this(id, number, title, queue, state, stateType, priority, fullName(customerFirstName, customerLastName), owner,
                locked, createdAt, escalationAt);
    }

    private static String fullName(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
