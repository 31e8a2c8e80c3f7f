package org.helpdesk.ticket;

/**
 * An article was added to an existing ticket: an agent's answer or note, a closing note, or a
 * customer's follow-up. Its visibility and channel are the article's. Fired inside the transaction.
 */
public record ArticleAdded(Ticket ticket, Article article, Arrival arrival) {
}
