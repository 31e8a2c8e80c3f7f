package org.helpdesk.mail.inbound;

/**
 * Fired (synchronously) after a fetched message was handled and committed, before it is removed from
 * the mailbox. Observers count or watch the flow; if one fails, the poll stops there and the message
 * stays in the mailbox, to be recognised as already received on the next poll.
 */
public record MailReceived(long accountId, MailIntake.Receipt receipt) {
}
