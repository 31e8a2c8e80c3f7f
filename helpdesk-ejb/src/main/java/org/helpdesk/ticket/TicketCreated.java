package org.helpdesk.ticket;

/**
 * A ticket was opened ({@link TicketOpening}): stored with its first article and routed by
 * priority. Fired inside the opening transaction; observers that write (the outbox) take part in
 * it, so the ticket and what it sets off commit together.
 */
public record TicketCreated(Ticket ticket, Article firstArticle, Arrival arrival) {
}
