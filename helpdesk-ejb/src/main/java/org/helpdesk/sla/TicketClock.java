package org.helpdesk.sla;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the escalation rules need to know about a ticket: the moments that start and stop its SLA clocks.
 *
 * @param createdAt         when the ticket was created; the first-response and solution clocks start here
 * @param phase             where the ticket stands: {@link Phase#OPEN} for the state types new and open,
 *                          {@link Phase#PENDING} for pending reminder and pending auto, {@link Phase#FINISHED} for
 *                          closed, merged and removed
 * @param firstResponseAt   the first customer-visible agent article, or null while the customer has had no answer
 * @param customerContactAt when the customer began waiting for an update: the first customer-visible customer article
 *                          since the last customer-visible agent article (of several customer follow-ups in a row the
 *                          oldest counts, as in OTRS); null stands for {@code createdAt}
 * @param agentAnsweredLast whether the latest customer-visible article from an agent or the customer is the agent's
 * @param closedAt          when the ticket was closed, or null if it never was; once closed, its solution counts as
 *                          done even if it is reopened later (OTRS)
 * @param pendingIntervals  the ticket's spells in pending states, oldest first; while the ticket is pending the last
 *                          spell has no end
 */
public record TicketClock(Instant createdAt, Phase phase, Instant firstResponseAt, Instant customerContactAt,
        boolean agentAnsweredLast, Instant closedAt, List<PendingInterval> pendingIntervals) {

    /** The escalation-relevant kind of a ticket's state. */
    public enum Phase {
        /** New or open: the clocks run. */
        OPEN,
        /** Pending reminder or pending auto: the clocks stand still. */
        PENDING,
        /** Closed, merged or removed: nothing escalates any more. */
        FINISHED
    }

    /**
     * A time the ticket spent in a pending state, from {@code from} to {@code to}.
     *
     * @param to null while the ticket is still pending
     */
    public record PendingInterval(Instant from, Instant to) {

        public PendingInterval {
            Objects.requireNonNull(from, "from");
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException("A pending interval must not end before it starts: " + from + " – " + to);
            }
        }

        public boolean isOngoing() {
            return to == null;
        }
    }

    public TicketClock {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(phase, "phase");
        pendingIntervals = pendingIntervals == null ? List.of() : List.copyOf(pendingIntervals);
        for (int i = 1; i < pendingIntervals.size(); i++) {
            PendingInterval previous = pendingIntervals.get(i - 1);
            if (previous.isOngoing() || pendingIntervals.get(i).from().isBefore(previous.to())) {
                throw new IllegalArgumentException("Pending intervals must be in order and not overlap: " + pendingIntervals);
            }
        }
        boolean pendingNow = !pendingIntervals.isEmpty() && pendingIntervals.get(pendingIntervals.size() - 1).isOngoing();
        if (pendingNow != (phase == Phase.PENDING)) {
            throw new IllegalArgumentException("A pending ticket needs an ongoing pending interval, and only a pending ticket has one");
        }
    }

    /** A ticket just created, open, with nothing answered, closed or pending yet. */
    public static TicketClock created(Instant createdAt) {
        return new TicketClock(createdAt, Phase.OPEN, null, null, false, null, List.of());
    }

    /** When the update clock starts: the customer's contact, or the creation if there was none. */
    public Instant customerWaitingSince() {
        return customerContactAt == null ? createdAt : customerContactAt;
    }
}
