package org.helpdesk.ticket;

/** The kinds of ticket state, as OTRS defines them; states are admin-defined names of these types. */
public enum StateType {
    NEW,
    OPEN,
    PENDING_REMINDER,
    PENDING_AUTO,
    CLOSED,
    MERGED,
    REMOVED;

    public boolean isPending() {
        return this == PENDING_REMINDER || this == PENDING_AUTO;
    }

    /** Closed, merged and removed tickets are no longer worked on. */
    public boolean isFinished() {
        return this == CLOSED || this == MERGED || this == REMOVED;
    }
}
