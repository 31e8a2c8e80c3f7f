package org.helpdesk.ticket;

/** When an escalation rule acts. */
public enum EscalationTrigger {
    /** When a ticket gets a priority in the rule's range (created, or changed). */
    PRIORITY,
    /** When a target's warning threshold passes. */
    WARNING,
    /** When a target passes. */
    BREACH;

    static EscalationTrigger of(EscalationEvent event) {
        return event == EscalationEvent.WARNING ? WARNING : BREACH;
    }
}
