package org.helpdesk.ticket;

/** What happened to a ticket's service level: the moments the reports count. */
public enum MilestoneKind {
    /** Registered. */
    OPENED,
    /** The first customer-visible answer of an agent (stops the first-response clock). */
    FIRST_RESPONSE,
    /** A later customer-visible agent answer to a customer who was waiting for one (stops the update clock). */
    UPDATE,
    /** Set to a closed state. */
    CLOSED,
    /** Merged or removed: no longer worked on, but not solved. */
    ENDED,
    /** Set from a finished state back to one that is worked on. */
    REOPENED,
    /** Moved to another queue. */
    MOVED,
    /** A target was missed and the escalation raised. */
    ESCALATED
}
