package org.helpdesk.queue;

/** What a customer's follow-up to a closed ticket does (OTRS's queue follow-up option). */
public enum FollowUpPolicy {
    /** The ticket is reopened. */
    POSSIBLE,
    /** The follow-up is refused. */
    REJECT,
    /** A new ticket is created. */
    NEW_TICKET
}
