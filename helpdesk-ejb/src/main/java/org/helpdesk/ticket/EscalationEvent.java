package org.helpdesk.ticket;

/** What happened to a ticket's escalation targets. */
public enum EscalationEvent {
    /** The warning threshold of a target has passed. */
    WARNING,
    /** A target has passed: the ticket is escalated. */
    BREACH
}
