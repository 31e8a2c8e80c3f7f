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
}
