package org.helpdesk.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

/**
 * Announces what a ticket recorded in its history during an action, as {@link TicketChanged}
 * events, once each and in order. Every service that changes tickets calls it when the action is
 * done, in the action's transaction.
 */
@ApplicationScoped
public class TicketChanges {

    @Inject
    Event<TicketChanged> changed;

    /** Fires one event per history entry the ticket recorded since it was last announced; returns the ticket. */
    public Ticket announce(Ticket ticket) {
        for (HistoryEntry entry : ticket.takeUnannounced()) {
            changed.fire(new TicketChanged(ticket, entry));
        }
        return ticket;
    }
}
