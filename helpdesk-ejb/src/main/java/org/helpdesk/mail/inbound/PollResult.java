package org.helpdesk.mail.inbound;

import java.io.Serializable;

/**
 * What one poll of a mailbox did: messages fetched and what became of them, messages removed from the
 * mailbox (handled by an earlier poll), and messages left there on purpose (too large).
 */
public record PollResult(int fetched, int newTickets, int followUps, int quarantined, int removed, int leftInMailbox)
        implements Serializable {

    /** What happened to one message of the mailbox in a poll. */
    record Step(InboundStatus taken, boolean removed, boolean left) {

        static final Step REMOVED = new Step(null, true, false);
        static final Step LEFT = new Step(null, false, true);

        /** Fetched and handled now; it leaves the mailbox at the next poll. */
        static Step taken(InboundStatus status) {
            return new Step(status, false, !status.isDone());
        }
    }

    static PollResult empty() {
        return new PollResult(0, 0, 0, 0, 0, 0);
    }

    PollResult plus(Step step) {
        int taken = step.taken() == null ? 0 : 1;
        return new PollResult(fetched + taken, newTickets + (step.taken() == InboundStatus.NEW_TICKET ? 1 : 0),
                followUps + (step.taken() == InboundStatus.FOLLOW_UP ? 1 : 0),
                quarantined + (step.taken() == InboundStatus.QUARANTINED ? 1 : 0), removed + (step.removed() ? 1 : 0),
                leftInMailbox + (step.left() ? 1 : 0));
    }
}
