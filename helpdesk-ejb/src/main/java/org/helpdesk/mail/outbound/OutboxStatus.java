package org.helpdesk.mail.outbound;

/** Where an outgoing message stands. */
public enum OutboxStatus {
    /** Waiting for (another) delivery attempt. */
    PENDING,
    /** Taken by the SMTP relay. */
    SENT,
    /** Given up after the last attempt; shown to administrators. */
    FAILED
}
