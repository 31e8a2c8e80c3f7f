package org.helpdesk.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.helpdesk.sla.TicketClock.PendingInterval;
import org.helpdesk.sla.TicketClock.Phase;
import org.junit.jupiter.api.Test;

class EscalationTargetsTest {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    /** Mon–Fri 09:00–18:00 in Lima. */
    private static final BusinessCalendar OFFICE = BusinessCalendar.standard(LIMA);

    /** First response in an hour, an update within two hours, solved in a working day (9 h); warn at 80 %. */
    private static final SlaTargets SLA = new SlaTargets(60, 120, 540, 80);

    // 2026-03-02 is a Monday.
    private static final Instant MONDAY_10 = lima("2026-03-02T10:00");

    private static Instant lima(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LIMA).toInstant();
    }

    /** Builds a ticket's clock step by step, as the ticket's life goes on. */
    private static final class Ticket {

        private final Instant createdAt;
        private Phase phase = Phase.OPEN;
        private Instant firstResponseAt;
        private Instant customerContactAt;
        private boolean agentAnsweredLast;
        private Instant closedAt;
        private final List<PendingInterval> pending = new ArrayList<>();

        Ticket(Instant createdAt) {
            this.createdAt = createdAt;
        }

        Ticket agentAnswered(Instant at) {
            if (firstResponseAt == null) {
                firstResponseAt = at;
            }
            agentAnsweredLast = true;
            customerContactAt = null;
            return this;
        }

        Ticket customerWrote(Instant at) {
            if (agentAnsweredLast || customerContactAt == null) {
                customerContactAt = at;
            }
            agentAnsweredLast = false;
            return this;
        }

        Ticket pending(Instant from, Instant to) {
            pending.add(new PendingInterval(from, to));
            return this;
        }

        Ticket pendingSince(Instant from) {
            pending.add(new PendingInterval(from, null));
            phase = Phase.PENDING;
            return this;
        }

        Ticket closed(Instant at) {
            closedAt = at;
            phase = Phase.FINISHED;
            return this;
        }

        Ticket reopened() {
            phase = Phase.OPEN;
            return this;
        }

        Ticket finished() {
            phase = Phase.FINISHED;
            return this;
        }

        TicketClock clock() {
            return new TicketClock(createdAt, phase, firstResponseAt, customerContactAt, agentAnsweredLast, closedAt, pending);
        }

        EscalationTimes due() {
            return EscalationTargets.due(clock(), SLA, OFFICE);
        }

        EscalationTimes warnings() {
            return EscalationTargets.warnings(clock(), SLA, OFFICE);
        }
    }

    // --- first response

    @Test
    void firstResponseIsDueAtCreationPlusTheTarget() {
        assertEquals(lima("2026-03-02T11:00"), new Ticket(MONDAY_10).due().firstResponse());
    }

    @Test
    void firstResponseCountsOnlyBusinessTime() {
        assertEquals(lima("2026-03-09T09:30"), new Ticket(lima("2026-03-06T17:30")).due().firstResponse());
        assertEquals(lima("2026-03-09T10:00"), new Ticket(lima("2026-03-07T11:00")).due().firstResponse());
    }

    @Test
    void firstResponseIsClearedByTheFirstAnswerTheCustomerCanSee() {
        Ticket ticket = new Ticket(MONDAY_10).agentAnswered(lima("2026-03-02T10:20"));
        assertNull(ticket.due().firstResponse());
        assertNull(ticket.customerWrote(lima("2026-03-02T10:40")).due().firstResponse(), "stays answered");
    }

    // --- update

    @Test
    void updateIsDueAtTheCustomersContactPlusTheTarget() {
        Ticket ticket = new Ticket(MONDAY_10).agentAnswered(lima("2026-03-02T10:30")).customerWrote(lima("2026-03-03T17:00"));
        assertEquals(lima("2026-03-04T10:00"), ticket.due().update());
    }

    @Test
    void withoutACustomerContactTheUpdateClockStartsAtCreation() {
        assertEquals(lima("2026-03-02T12:00"), new Ticket(MONDAY_10).due().update());
    }

    @Test
    void theOldestUnansweredCustomerFollowUpStartsTheUpdateClock() {
        Ticket ticket = new Ticket(MONDAY_10).agentAnswered(lima("2026-03-02T10:30"))
                .customerWrote(lima("2026-03-02T11:00")).customerWrote(lima("2026-03-02T11:45"));
        assertEquals(lima("2026-03-02T13:00"), ticket.due().update());
    }

    @Test
    void updateIsClearedWhileTheAgentHadTheLastWord() {
        Ticket ticket = new Ticket(MONDAY_10).customerWrote(MONDAY_10).agentAnswered(lima("2026-03-02T10:30"));
        assertNull(ticket.due().update());
        assertEquals(lima("2026-03-02T16:00"), ticket.customerWrote(lima("2026-03-02T14:00")).due().update());
    }

    @Test
    void updateIsClearedWhilePending() {
        Ticket ticket = new Ticket(MONDAY_10).customerWrote(MONDAY_10).pendingSince(lima("2026-03-02T13:00"));
        assertNull(ticket.due().update(), "even though the update was already overdue when the ticket went pending");
    }

    // --- solution

    @Test
    void solutionIsDueAtCreationPlusTheTarget() {
        assertEquals(lima("2026-03-03T10:00"), new Ticket(MONDAY_10).due().solution());
    }

    @Test
    void solutionStaysDoneWhenAClosedTicketIsReopened() {
        Ticket ticket = new Ticket(MONDAY_10).closed(lima("2026-03-02T15:00")).reopened().customerWrote(lima("2026-03-02T16:00"));
        assertNull(ticket.due().solution());
        assertEquals(lima("2026-03-02T18:00"), ticket.due().update());
        assertEquals(lima("2026-03-02T11:00"), ticket.due().firstResponse(), "never answered, so still (over)due");
    }

    // --- finished tickets and SLAs without targets

    @Test
    void closedMergedAndRemovedTicketsDoNotEscalate() {
        assertEquals(EscalationTimes.NONE, new Ticket(MONDAY_10).closed(lima("2026-03-02T15:00")).due());
        assertEquals(EscalationTimes.NONE, new Ticket(MONDAY_10).finished().due(), "merged or removed");
        assertEquals(EscalationTimes.NONE, new Ticket(MONDAY_10).finished().warnings());
    }

    @Test
    void targetsTheSlaDoesNotSetAreAbsent() {
        TicketClock ticket = TicketClock.created(MONDAY_10);
        assertEquals(EscalationTimes.NONE, EscalationTargets.due(ticket, new SlaTargets(null, null, null, 80), OFFICE));
        EscalationTimes solutionOnly = EscalationTargets.due(ticket, new SlaTargets(null, null, 540, 0), OFFICE);
        assertEquals(new EscalationTimes(null, null, lima("2026-03-03T10:00")), solutionOnly);
    }

    @Test
    void aNewTicketHasAllThreeTargets() {
        assertEquals(new EscalationTimes(lima("2026-03-02T11:00"), lima("2026-03-02T12:00"), lima("2026-03-03T10:00")),
                EscalationTargets.due(TicketClock.created(MONDAY_10), SLA, OFFICE));
    }

    // --- pending time does not count

    @Test
    void aPendingSpellPushesTheTargetsBackByItsBusinessMinutes() {
        EscalationTimes due = new Ticket(MONDAY_10).pending(lima("2026-03-02T10:15"), lima("2026-03-02T10:45")).due();
        assertEquals(lima("2026-03-02T11:30"), due.firstResponse());
        assertEquals(lima("2026-03-03T10:30"), due.solution());
    }

    @Test
    void pendingOverTheNightCountsOnlyItsBusinessMinutes() {
        // pending from Monday 17:30 to Tuesday 09:30: 30 + 30 business minutes
        EscalationTimes due = new Ticket(MONDAY_10).pending(lima("2026-03-02T17:30"), lima("2026-03-03T09:30")).due();
        assertEquals(lima("2026-03-03T11:00"), due.solution());
    }

    @Test
    void goingPendingAfterATargetHasPassedDoesNotUndoTheEscalation() {
        // first response was due at 11:00; the ticket went pending only at 17:30
        EscalationTimes due = new Ticket(MONDAY_10).pending(lima("2026-03-02T17:30"), lima("2026-03-03T09:30")).due();
        assertEquals(lima("2026-03-02T11:00"), due.firstResponse());
    }

    @Test
    void everySpellBeforeTheTargetCountsButNotOnesAfterIt() {
        EscalationTimes due = new Ticket(MONDAY_10)
                .pending(lima("2026-03-02T10:10"), lima("2026-03-02T10:20")) // due 11:00 → 11:10
                .pending(lima("2026-03-02T10:30"), lima("2026-03-02T10:50")) // due 11:10 → 11:30
                .pending(lima("2026-03-02T11:40"), lima("2026-03-02T12:40")) // after 11:30: too late
                .due();
        assertEquals(lima("2026-03-02T11:30"), due.firstResponse());
        assertEquals(lima("2026-03-03T11:30"), due.solution(), "the solution was not due yet, so all three spells count");
    }

    @Test
    void aSpellThatEndsAfterTheOriginalTargetStillCountsWhollyIfItBeganBefore() {
        EscalationTimes due = new Ticket(MONDAY_10).pending(lima("2026-03-02T10:30"), lima("2026-03-02T14:30")).due();
        assertEquals(lima("2026-03-02T15:00"), due.firstResponse());
    }

    @Test
    void whilePendingTheClocksStandStillAndHaveNoDueTime() {
        EscalationTimes due = new Ticket(MONDAY_10).pendingSince(lima("2026-03-02T10:30")).due();
        assertEquals(EscalationTimes.NONE, due);
    }

    @Test
    void whilePendingATargetThatHadAlreadyPassedStaysDue() {
        EscalationTimes due = new Ticket(MONDAY_10).pendingSince(lima("2026-03-02T11:30")).due();
        assertEquals(lima("2026-03-02T11:00"), due.firstResponse());
        assertNull(due.solution());
    }

    @Test
    void pendingBeforeTheCustomersContactDoesNotPushTheUpdate() {
        Ticket ticket = new Ticket(MONDAY_10).agentAnswered(lima("2026-03-02T10:05"))
                .pending(lima("2026-03-02T10:15"), lima("2026-03-02T10:45")).customerWrote(lima("2026-03-02T14:00"));
        assertEquals(lima("2026-03-02T16:00"), ticket.due().update());
    }

    @Test
    void pendingAfterTheCustomersContactPushesTheUpdate() {
        Ticket ticket = new Ticket(MONDAY_10).customerWrote(lima("2026-03-02T11:00"))
                .pending(lima("2026-03-02T11:30"), lima("2026-03-02T12:00"));
        assertEquals(lima("2026-03-02T13:30"), ticket.due().update());
    }

    // --- warnings

    @Test
    void warningsFallDueWhenTheSharePassed() {
        EscalationTimes warnings = new Ticket(MONDAY_10).warnings();
        assertEquals(lima("2026-03-02T10:48"), warnings.firstResponse()); // 80 % of 60 = 48
        assertEquals(lima("2026-03-02T11:36"), warnings.update()); // 80 % of 120 = 96
        assertEquals(lima("2026-03-02T17:12"), warnings.solution()); // 80 % of 540 = 432
    }

    @Test
    void warningsCountBusinessTimeToo() {
        assertEquals(lima("2026-03-03T09:18"), new Ticket(lima("2026-03-02T17:30")).warnings().firstResponse());
    }

    @Test
    void warningsRoundDown() {
        EscalationTimes warnings = EscalationTargets.warnings(TicketClock.created(MONDAY_10), new SlaTargets(10, null, null, 75), OFFICE);
        assertEquals(lima("2026-03-02T10:07"), warnings.firstResponse());
    }

    @Test
    void pendingPushesWarningsBackLikeTheTargets() {
        EscalationTimes warnings = new Ticket(MONDAY_10).pending(lima("2026-03-02T10:15"), lima("2026-03-02T10:45")).warnings();
        assertEquals(lima("2026-03-02T11:18"), warnings.firstResponse());
    }

    @Test
    void warningsFollowTheSameClearingRules() {
        EscalationTimes warnings = new Ticket(MONDAY_10).agentAnswered(lima("2026-03-02T10:20")).warnings();
        assertNull(warnings.firstResponse());
        assertNull(warnings.update());
        assertEquals(lima("2026-03-02T17:12"), warnings.solution());
    }

    @Test
    void noWarningsWithoutAWarningShare() {
        SlaTargets silent = new SlaTargets(60, 120, 540, 0);
        assertEquals(EscalationTimes.NONE, EscalationTargets.warnings(TicketClock.created(MONDAY_10), silent, OFFICE));
    }

    @Test
    void aHundredPercentWarnsWhenTheTargetFallsDue() {
        SlaTargets late = new SlaTargets(60, 120, 540, 100);
        TicketClock ticket = TicketClock.created(MONDAY_10);
        assertEquals(EscalationTargets.due(ticket, late, OFFICE), EscalationTargets.warnings(ticket, late, OFFICE));
    }

    // --- other calendars

    @Test
    void aroundTheClockTargetsAreElapsedTime() {
        TicketClock saturdayNight = TicketClock.created(lima("2026-03-07T23:30"));
        EscalationTimes due = EscalationTargets.due(saturdayNight, SLA, BusinessCalendar.always(LIMA));
        assertEquals(lima("2026-03-08T00:30"), due.firstResponse());
        assertEquals(lima("2026-03-08T08:30"), due.solution());
    }

    @Test
    void targetsFollowTheCalendarsZoneAcrossTheChangeOfClocks() {
        // Madrid: Friday 27 March 17:30 in winter time, first response due Monday 30 March 09:30 in summer time
        TicketClock ticket = TicketClock.created(OffsetDateTime.parse("2026-03-27T17:30+01:00").toInstant());
        EscalationTimes due = EscalationTargets.due(ticket, SLA, BusinessCalendar.standard(ZoneId.of("Europe/Madrid")));
        assertEquals(OffsetDateTime.parse("2026-03-30T09:30+02:00").toInstant(), due.firstResponse());
    }

    // --- the result

    @Test
    void earliestIsTheSoonestTargetThatApplies() {
        Instant a = lima("2026-03-02T11:00");
        Instant b = lima("2026-03-02T12:00");
        assertEquals(a, new EscalationTimes(b, null, a).earliest());
        assertEquals(b, new EscalationTimes(null, b, null).earliest());
        assertNull(EscalationTimes.NONE.earliest());
        assertEquals(a, new Ticket(MONDAY_10).due().earliest());
    }

    @Test
    void reachedByTellsWhetherATicketHasEscalated() {
        EscalationTimes due = new Ticket(MONDAY_10).due();
        assertFalse(due.reachedBy(lima("2026-03-02T10:59")));
        assertTrue(due.reachedBy(lima("2026-03-02T11:00")));
        assertFalse(EscalationTimes.NONE.reachedBy(lima("2030-01-01T00:00")));
    }

    // --- invalid input

    @Test
    void targetsMustBePositiveAndTheWarningShareAPercentage() {
        assertThrows(IllegalArgumentException.class, () -> new SlaTargets(0, null, null, 80));
        assertThrows(IllegalArgumentException.class, () -> new SlaTargets(null, -5, null, 80));
        assertThrows(IllegalArgumentException.class, () -> new SlaTargets(null, null, 60, 101));
        assertThrows(IllegalArgumentException.class, () -> new SlaTargets(null, null, 60, -1));
    }

    @Test
    void aTicketIsPendingExactlyWhenItsLastPendingSpellHasNoEnd() {
        PendingInterval ongoing = new PendingInterval(MONDAY_10, null);
        PendingInterval over = new PendingInterval(MONDAY_10, lima("2026-03-02T11:00"));
        assertThrows(IllegalArgumentException.class,
                () -> new TicketClock(MONDAY_10, Phase.PENDING, null, null, false, null, List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new TicketClock(MONDAY_10, Phase.PENDING, null, null, false, null, List.of(over)));
        assertThrows(IllegalArgumentException.class,
                () -> new TicketClock(MONDAY_10, Phase.OPEN, null, null, false, null, List.of(ongoing)));
        assertThrows(IllegalArgumentException.class,
                () -> new TicketClock(MONDAY_10, Phase.PENDING, null, null, false, null, List.of(ongoing, ongoing)));
    }

    @Test
    void pendingSpellsMustBeInOrderAndNotEndBeforeTheyStart() {
        assertThrows(IllegalArgumentException.class, () -> new PendingInterval(lima("2026-03-02T11:00"), MONDAY_10));
        PendingInterval first = new PendingInterval(MONDAY_10, lima("2026-03-02T11:00"));
        PendingInterval second = new PendingInterval(lima("2026-03-02T10:30"), lima("2026-03-02T12:00"));
        assertThrows(IllegalArgumentException.class,
                () -> new TicketClock(MONDAY_10, Phase.OPEN, null, null, false, null, List.of(first, second)));
    }
}
