package org.helpdesk.sla;

import java.time.Instant;

import org.helpdesk.sla.TicketClock.PendingInterval;
import org.helpdesk.sla.TicketClock.Phase;

/**
 * When a ticket escalates, by the rules of OTRS, as a pure function of the ticket's clock, its SLA targets and the
 * business calendar:
 * <ul>
 * <li><b>First response</b>: creation time plus the first response time, in business time. Cleared as soon as an
 * agent has written an article the customer can see.</li>
 * <li><b>Update</b>: the customer's last contact plus the update time. The last contact is the first
 * customer-visible customer article since the last customer-visible agent article; before any customer article it is
 * the creation. Cleared while the ticket is pending and while the agent had the last customer-visible word.</li>
 * <li><b>Solution</b>: creation time plus the solution time. Cleared once the ticket has been closed, even if it was
 * reopened since.</li>
 * <li>Closed, merged and removed tickets do not escalate at all.</li>
 * </ul>
 * Unlike plain OTRS, time spent pending does not count (as with Znuny's escalation suspend): a target's clock stands
 * still from the moment the ticket goes pending until it leaves the pending state, and each pending spell pushes the
 * target back by the business minutes it lasted. A pending spell that begins after a target has passed does not undo
 * the escalation; while a ticket is pending, a target that had not passed when it went pending has no due time. Every
 * change of a ticket therefore calls for a new computation (OTRS rebuilds its escalation index then too).
 * <p>
 * A warning falls due when {@link SlaTargets#warnPercent()} of a target has passed, in business minutes rounded down;
 * pending spells push it back like the target itself.
 */
public final class EscalationTargets {

    private EscalationTargets() {
    }

    /** When the targets fall due; all null for a ticket with nothing left to escalate. */
    public static EscalationTimes due(TicketClock ticket, SlaTargets sla, BusinessCalendar calendar) {
        return times(ticket, sla, calendar, 100);
    }

    /** When to warn that the targets are about to fall due; all null when the SLA does not warn. */
    public static EscalationTimes warnings(TicketClock ticket, SlaTargets sla, BusinessCalendar calendar) {
        return sla.warnPercent() == 0 ? EscalationTimes.NONE : times(ticket, sla, calendar, sla.warnPercent());
    }

    /**
     * How long a target's clock ran from {@code start} to {@code end}: the business minutes between them less
     * those the ticket spent pending (its clock stood still then). What the reports measure response and
     * solution times in.
     */
    public static long elapsedMinutes(TicketClock ticket, Instant start, Instant end, BusinessCalendar calendar) {
        if (!end.isAfter(start)) {
            return 0;
        }
        long minutes = calendar.businessMinutesBetween(start, end);
        for (PendingInterval pending : ticket.pendingIntervals()) {
            Instant from = pending.from().isAfter(start) ? pending.from() : start;
            Instant to = pending.isOngoing() || pending.to().isAfter(end) ? end : pending.to();
            if (to.isAfter(from)) {
                minutes -= calendar.businessMinutesBetween(from, to);
            }
        }
        return Math.max(0, minutes);
    }

    private static EscalationTimes times(TicketClock ticket, SlaTargets sla, BusinessCalendar calendar, int percent) {
        if (ticket.phase() == Phase.FINISHED) {
            return EscalationTimes.NONE;
        }
        Clock clock = new Clock(ticket, calendar, percent);
        Instant firstResponse = ticket.firstResponseAt() == null
                ? clock.due(ticket.createdAt(), sla.firstResponseMinutes())
                : null;
        Instant update = ticket.phase() != Phase.PENDING && !ticket.agentAnsweredLast()
                ? clock.due(ticket.customerWaitingSince(), sla.updateMinutes())
                : null;
        Instant solution = ticket.closedAt() == null ? clock.due(ticket.createdAt(), sla.solutionMinutes()) : null;
        return new EscalationTimes(firstResponse, update, solution);
    }

    /** A target's clock: business time that stands still while the ticket is pending. */
    private record Clock(TicketClock ticket, BusinessCalendar calendar, int percent) {

        /** When {@code percent} of {@code targetMinutes} have run from {@code start}; null without a target or while paused. */
        Instant due(Instant start, Integer targetMinutes) {
            if (targetMinutes == null) {
                return null;
            }
            long minutes = (long) targetMinutes * percent / 100;
            Instant due = calendar.plusBusinessMinutes(start, minutes);
            for (PendingInterval pending : ticket.pendingIntervals()) {
                if (!pending.from().isBefore(due)) {
                    break; // went pending after the target had passed: too late to stop the clock
                }
                if (pending.isOngoing()) {
                    return null; // the clock stands still until the ticket leaves the pending state
                }
                Instant pausedFrom = pending.from().isAfter(start) ? pending.from() : start;
                minutes += calendar.businessMinutesBetween(pausedFrom, pending.to());
                due = calendar.plusBusinessMinutes(start, minutes);
            }
            return due;
        }
    }
}
