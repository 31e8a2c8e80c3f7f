package org.helpdesk.mail.outbound;

/**
 * Outbox messages became due in the transaction that fires this (queued, or made due again); once it commits,
 * they are delivered ({@link OutboxDelivery}) without waiting for the next run of the timer.
 */
public record MailDue() {
}
