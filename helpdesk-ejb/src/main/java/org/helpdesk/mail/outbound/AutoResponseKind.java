package org.helpdesk.mail.outbound;

/** When Helpdesk answers a customer by itself. */
public enum AutoResponseKind {
    /** A new ticket was opened from the customer's message (or the portal). */
    NEW_TICKET,
    /** The customer answered a closed ticket whose queue refuses follow-ups. */
    FOLLOW_UP_REJECTED
}
