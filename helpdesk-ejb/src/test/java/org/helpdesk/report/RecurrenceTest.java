package org.helpdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");

    @Test
    void aMonthlyReportIsDueOnItsDayAtItsTimeInItsZoneAndCoversTheMonthBefore() {
        Recurrence monthly = new Recurrence(Frequency.MONTHLY, null, 1, LocalTime.of(7, 0), LIMA);
        Instant due = monthly.next(Instant.parse("2026-12-06T15:00:00Z"));
        assertEquals(Instant.parse("2027-01-01T12:00:00Z"), due, "7:00 in Lima is 12:00 UTC");
        ReportPeriod period = monthly.periodFor(due);
        assertEquals(LocalDate.of(2026, 12, 1), period.firstDay());
        assertEquals(LocalDate.of(2026, 12, 31), period.lastDay());
        assertEquals(Instant.parse("2027-02-01T12:00:00Z"), monthly.next(due), "strictly after: the next month");
    }

    @Test
    void aWeeklyReportCoversMondayToSundayBefore() {
        Recurrence weekly = new Recurrence(Frequency.WEEKLY, DayOfWeek.MONDAY, null, LocalTime.of(8, 30), LIMA);
        Instant due = weekly.next(Instant.parse("2026-12-06T15:00:00Z")); // a Sunday
        assertEquals(Instant.parse("2026-12-07T13:30:00Z"), due);
        ReportPeriod period = weekly.periodFor(due);
        assertEquals(LocalDate.of(2026, 11, 30), period.firstDay());
        assertEquals(LocalDate.of(2026, 12, 6), period.lastDay());
    }

    @Test
    void aDailyReportLaterTodayIsDueTodayAndCoversYesterday() {
        Recurrence daily = new Recurrence(Frequency.DAILY, null, null, LocalTime.of(23, 0), LIMA);
        Instant due = daily.next(Instant.parse("2026-12-06T15:00:00Z"));
        assertEquals(Instant.parse("2026-12-07T04:00:00Z"), due, "23:00 on the 6th in Lima");
        assertEquals(LocalDate.of(2026, 12, 5), daily.periodFor(due).firstDay());
        assertEquals(LocalDate.of(2026, 12, 5), daily.periodFor(due).lastDay());
    }

    @Test
    void aMonthlyReportNeedsADayEveryMonthHas() {
        assertThrows(IllegalArgumentException.class, () -> new Recurrence(Frequency.MONTHLY, null, 31, LocalTime.NOON, LIMA));
    }
}
