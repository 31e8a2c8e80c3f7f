package org.helpdesk.queue;

/**
 * What a mail that names a ticket of the queue (its number in the subject) does when the sender is not
 * entitled to follow that ticket up: not its customer, nobody of the customer's company, no agent, no
 * address already on the ticket, and no reference to one of the ticket's messages. Ticket numbers are
 * easy to guess; such a mail must neither show in the customer's portal nor reopen the ticket.
 */
public enum UnknownSenderPolicy {
    /** The mail opens a new ticket for its sender (the default). */
    NEW_TICKET,
    /** The mail is added to the ticket as an internal note: agents see it, the customer does not. */
    NOTE,
    /** The mail is recorded as rejected and goes nowhere. */
    REJECT
}
