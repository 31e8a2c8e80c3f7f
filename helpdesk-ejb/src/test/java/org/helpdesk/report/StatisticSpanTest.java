package org.helpdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class StatisticSpanTest {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    /** A Wednesday. */
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 3);

    @Test
    void aSpanEndsTheDayBeforeSoNoDayStillGoingOnIsCounted() {
        assertEquals(List.of(LocalDate.of(2027, 2, 24), LocalDate.of(2027, 3, 2)), days(StatisticSpan.LAST_7_DAYS));
        assertEquals(List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 3, 2)), days(StatisticSpan.LAST_30_DAYS));
        assertEquals(List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2027, 3, 2)), days(StatisticSpan.LAST_90_DAYS));
    }

    @Test
    void weeksMonthsAndYearsAreWholeCalendarOnes() {
        assertEquals(List.of(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 2, 28)), days(StatisticSpan.LAST_WEEK));
        assertEquals(List.of(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28)), days(StatisticSpan.LAST_MONTH));
        assertEquals(List.of(LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28)), days(StatisticSpan.LAST_12_MONTHS));
    }

    @Test
    void theDaysAreTheZones() {
        ReportPeriod period = StatisticSpan.LAST_MONTH.period(TODAY, LIMA);
        assertEquals(java.time.Instant.parse("2027-02-01T05:00:00Z"), period.from(), "midnight in Lima is 5:00 UTC");
    }

    private static List<LocalDate> days(StatisticSpan span) {
        ReportPeriod period = span.period(TODAY, LIMA);
        return List.of(period.firstDay(), period.lastDay());
    }
}
