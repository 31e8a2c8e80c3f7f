package org.helpdesk.agent;

/**
 * What an agent may do with the tickets in the queues of a group (OTRS's group permissions).
 * {@link #RW} includes all others.
 */
public enum Permission {
    /** See the queue's tickets. */
    RO,
    /** Move tickets into (and out of) the queue. */
    MOVE_INTO,
    /** Create tickets in the queue. */
    CREATE,
    /** Add internal notes. */
    NOTE,
    /** Become owner of the queue's tickets, lock them. */
    OWNER,
    /** Change the priority. */
    PRIORITY,
    /** Everything: answer customers, change state, type, responsible; close; merge. */
    RW;

    public boolean isGrantedBy(Permission held) {
        return held == this || held == RW;
    }
}
