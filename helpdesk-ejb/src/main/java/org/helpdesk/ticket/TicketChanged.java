package org.helpdesk.ticket;

/**
 * Something happened to a ticket, as its history records it: one event per history entry — created,
 * moved, state, priority, type, owner, responsible or pending time changed, locked, unlocked,
 * merged, an article added, an escalation raised, a reminder reached ({@link HistoryType}). Fired
 * inside the transaction of the change by {@link TicketChanges}, after the action; observers that
 * write take part in it. (A new ticket and a new article are also announced with their content as
 * {@link TicketCreated} and {@link ArticleAdded}.)
 */
public record TicketChanged(Ticket ticket, HistoryEntry change) {
}
