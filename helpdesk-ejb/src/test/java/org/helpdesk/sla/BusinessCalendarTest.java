package org.helpdesk.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId LIMA = ZoneId.of("America/Lima");
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    /** Mon–Fri 09:00–18:00 in Lima (UTC−5 all year). */
    private final BusinessCalendar office = BusinessCalendar.standard(LIMA);
    /** Mon–Fri 08:00–13:00 and 14:00–18:00 in Lima: an hour for lunch. */
    private final BusinessCalendar withLunch = weekdays(LIMA, Set.of(), Set.of(), period("08:00", "13:00"), period("14:00", "18:00"));

    // 2026-03-02 is a Monday.

    /** A local date-time in Lima, e.g. "2026-03-02T09:00". */
    private static Instant lima(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(LIMA).toInstant();
    }

    /** A date-time with its offset, unambiguous also on days when the clocks change, e.g. "2026-10-25T02:30+02:00". */
    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    private static WorkingPeriod period(String from, String to) {
        return new WorkingPeriod(LocalTime.parse(from), LocalTime.parse(to));
    }

    private static BusinessCalendar weekdays(ZoneId zone, Set<LocalDate> holidays, Set<MonthDay> yearly, WorkingPeriod... periods) {
        Map<DayOfWeek, List<WorkingPeriod>> hours = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(day -> hours.put(day, List.of(periods)));
        return new BusinessCalendar(zone, hours, holidays, yearly);
    }

    private static BusinessCalendar everyDay(ZoneId zone, WorkingPeriod... periods) {
        Map<DayOfWeek, List<WorkingPeriod>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(periods));
        }
        return new BusinessCalendar(zone, hours, Set.of(), Set.of());
    }

    // --- working periods and construction

    @Test
    void aWorkingPeriodMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> period("10:00", "10:00"));
        assertThrows(IllegalArgumentException.class, () -> period("18:00", "09:00"));
        assertThrows(NullPointerException.class, () -> new WorkingPeriod(null, LocalTime.NOON));
        assertEquals(Duration.ofHours(9), period("09:00", "18:00").length());
    }

    @Test
    void midnightAsTheEndMeansTheEndOfTheDay() {
        assertTrue(period("22:00", "00:00").endsAtMidnight());
        assertEquals(Duration.ofHours(2), period("22:00", "00:00").length());
        assertEquals(Duration.ofHours(24), WorkingPeriod.WHOLE_DAY.length());
        assertFalse(period("00:00", "06:00").endsAtMidnight());
    }

    @Test
    void aCalendarWithoutAnyWorkingTimeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(LIMA, Map.of(), Set.of(), Set.of()));
        Map<DayOfWeek, List<WorkingPeriod>> allDaysOff = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            allDaysOff.put(day, List.of());
        }
        assertThrows(IllegalArgumentException.class, () -> new BusinessCalendar(LIMA, allDaysOff, Set.of(), Set.of()));
        Set<MonthDay> everyDayOfTheYear = new HashSet<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            everyDayOfTheYear.add(MonthDay.from(d));
        }
        assertThrows(IllegalArgumentException.class,
                () -> weekdays(LIMA, Set.of(), everyDayOfTheYear, period("09:00", "18:00")));
    }

    @Test
    void overlappingPeriodsAreRejectedButTouchingOnesAreFine() {
        assertThrows(IllegalArgumentException.class,
                () -> weekdays(LIMA, Set.of(), Set.of(), period("08:00", "13:00"), period("12:00", "18:00")));
        assertThrows(IllegalArgumentException.class,
                () -> weekdays(LIMA, Set.of(), Set.of(), WorkingPeriod.WHOLE_DAY, period("22:00", "23:00")));
        BusinessCalendar touching = weekdays(LIMA, Set.of(), Set.of(), period("13:00", "18:00"), period("08:00", "13:00"));
        assertEquals(List.of(period("08:00", "13:00"), period("13:00", "18:00")), touching.hours().get(DayOfWeek.MONDAY));
        assertEquals(600, touching.businessMinutesBetween(lima("2026-03-02T00:00"), lima("2026-03-03T00:00")));
    }

    @Test
    void theCalendarIsAnImmutableValue() {
        Map<DayOfWeek, List<WorkingPeriod>> hours = new HashMap<>();
        hours.put(DayOfWeek.MONDAY, List.of(period("09:00", "18:00")));
        Set<LocalDate> holidays = new HashSet<>(Set.of(LocalDate.of(2026, 3, 9)));
        BusinessCalendar mondays = new BusinessCalendar(LIMA, hours, holidays, Set.of());
        hours.put(DayOfWeek.TUESDAY, List.of(period("09:00", "18:00")));
        holidays.clear();

        assertFalse(mondays.isWorkingTime(lima("2026-03-03T10:00")));
        assertTrue(mondays.isHoliday(LocalDate.of(2026, 3, 9)));
        assertThrows(UnsupportedOperationException.class, () -> mondays.holidays().clear());
        assertEquals(new BusinessCalendar(LIMA, Map.of(DayOfWeek.MONDAY, List.of(period("09:00", "18:00"))),
                Set.of(LocalDate.of(2026, 3, 9)), Set.of()), mondays);
        assertEquals(BusinessCalendar.standard(LIMA), BusinessCalendar.standard(LIMA));
        assertEquals(BusinessCalendar.standard(LIMA).hashCode(), BusinessCalendar.standard(LIMA).hashCode());
        assertNotEquals(BusinessCalendar.standard(LIMA), BusinessCalendar.standard(MADRID));
        assertNotEquals(BusinessCalendar.standard(LIMA), BusinessCalendar.always(LIMA));
        assertEquals(MADRID, BusinessCalendar.standard(MADRID).zone());
    }

    // --- working time

    @Test
    void workingTimeIncludesThePeriodsStartButNotItsEnd() {
        assertTrue(office.isWorkingTime(lima("2026-03-02T09:00")));
        assertFalse(office.isWorkingTime(lima("2026-03-02T08:59:59")));
        assertTrue(office.isWorkingTime(lima("2026-03-02T17:59:59")));
        assertFalse(office.isWorkingTime(lima("2026-03-02T18:00")));
        assertFalse(office.isWorkingTime(lima("2026-03-02T23:00")));
    }

    @Test
    void weekendsAreNotWorkingTime() {
        assertTrue(office.isWorkingTime(lima("2026-03-06T12:00")));
        assertFalse(office.isWorkingTime(lima("2026-03-07T12:00")));
        assertFalse(office.isWorkingTime(lima("2026-03-08T12:00")));
    }

    @Test
    void theLunchBreakIsNotWorkingTime() {
        assertTrue(withLunch.isWorkingTime(lima("2026-03-02T12:59")));
        assertFalse(withLunch.isWorkingTime(lima("2026-03-02T13:00")));
        assertFalse(withLunch.isWorkingTime(lima("2026-03-02T13:30")));
        assertTrue(withLunch.isWorkingTime(lima("2026-03-02T14:00")));
    }

    @Test
    void nextWorkingMomentIsNowDuringWorkingTimeElseTheNextOpening() {
        assertEquals(lima("2026-03-02T10:15"), office.nextWorkingMoment(lima("2026-03-02T10:15")));
        assertEquals(lima("2026-03-02T09:00"), office.nextWorkingMoment(lima("2026-03-02T07:00")));
        assertEquals(lima("2026-03-03T09:00"), office.nextWorkingMoment(lima("2026-03-02T18:00")));
        assertEquals(lima("2026-03-09T09:00"), office.nextWorkingMoment(lima("2026-03-06T19:00")));
        assertEquals(lima("2026-03-09T09:00"), office.nextWorkingMoment(lima("2026-03-08T09:30")));
        assertEquals(lima("2026-03-02T14:00"), withLunch.nextWorkingMoment(lima("2026-03-02T13:15")));
    }

    // --- adding business minutes

    @Test
    void addsWithinTheSameDay() {
        assertEquals(lima("2026-03-02T11:30"), office.plusBusinessMinutes(lima("2026-03-02T10:00"), 90));
    }

    @Test
    void continuesNextMorningAfterTheNight() {
        assertEquals(lima("2026-03-03T10:00"), office.plusBusinessMinutes(lima("2026-03-02T17:00"), 120));
    }

    @Test
    void aTargetUsedUpAtClosingTimeIsClosingTimeNotTheNextMorning() {
        assertEquals(lima("2026-03-02T18:00"), office.plusBusinessMinutes(lima("2026-03-02T17:00"), 60));
        assertEquals(lima("2026-03-03T09:01"), office.plusBusinessMinutes(lima("2026-03-02T17:00"), 61));
        assertEquals(lima("2026-03-02T13:00"), withLunch.plusBusinessMinutes(lima("2026-03-02T12:00"), 60));
    }

    @Test
    void skipsTheWeekend() {
        assertEquals(lima("2026-03-09T09:30"), office.plusBusinessMinutes(lima("2026-03-06T17:30"), 60));
    }

    @Test
    void aStartOutsideWorkingHoursCountsFromTheNextOpening() {
        assertEquals(lima("2026-03-02T09:30"), office.plusBusinessMinutes(lima("2026-03-02T07:00"), 30));
        assertEquals(lima("2026-03-03T09:30"), office.plusBusinessMinutes(lima("2026-03-02T20:00"), 30));
        assertEquals(lima("2026-03-09T09:30"), office.plusBusinessMinutes(lima("2026-03-07T12:00"), 30));
        assertEquals(lima("2026-03-02T14:30"), withLunch.plusBusinessMinutes(lima("2026-03-02T13:10"), 30));
    }

    @Test
    void zeroMinutesReturnTheStartUnchangedEvenOutsideWorkingHours() {
        assertEquals(lima("2026-03-02T10:00"), office.plusBusinessMinutes(lima("2026-03-02T10:00"), 0));
        assertEquals(lima("2026-03-07T12:00"), office.plusBusinessMinutes(lima("2026-03-07T12:00"), 0));
    }

    @Test
    void negativeMinutesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> office.plusBusinessMinutes(lima("2026-03-02T10:00"), -1));
    }

    @Test
    void theLunchBreakStopsTheClock() {
        assertEquals(lima("2026-03-02T14:30"), withLunch.plusBusinessMinutes(lima("2026-03-02T12:30"), 60));
        assertEquals(lima("2026-03-02T18:00"), withLunch.plusBusinessMinutes(lima("2026-03-02T08:00"), 540));
        assertEquals(lima("2026-03-03T08:01"), withLunch.plusBusinessMinutes(lima("2026-03-02T08:00"), 541));
    }

    // --- holidays

    @Test
    void aOneOffHolidayIsSkipped() {
        BusinessCalendar calendar = weekdays(LIMA, Set.of(LocalDate.of(2026, 3, 9)), Set.of(), period("09:00", "18:00"));
        assertFalse(calendar.isWorkingTime(lima("2026-03-09T10:00")));
        assertEquals(lima("2026-03-10T10:00"), calendar.plusBusinessMinutes(lima("2026-03-06T17:00"), 120));
        assertEquals(120, calendar.businessMinutesBetween(lima("2026-03-06T17:00"), lima("2026-03-10T10:00")));
    }

    @Test
    void aYearlyHolidayIsSkippedEveryYear() {
        // Fiestas Patrias: 28 and 29 July, a Tuesday and Wednesday in 2026, a Wednesday and Thursday in 2027
        BusinessCalendar peru = weekdays(LIMA, Set.of(), Set.of(MonthDay.of(7, 28), MonthDay.of(7, 29)), period("09:00", "18:00"));
        assertEquals(lima("2026-07-30T10:00"), peru.plusBusinessMinutes(lima("2026-07-27T17:00"), 120));
        assertEquals(lima("2027-07-30T10:00"), peru.plusBusinessMinutes(lima("2027-07-27T17:00"), 120));
        assertTrue(peru.isHoliday(LocalDate.of(2030, 7, 28)));
        assertFalse(peru.isWorkingTime(lima("2030-07-29T10:00")));
    }

    @Test
    void aStartOnAHolidayWaitsForTheNextWorkingDay() {
        BusinessCalendar calendar = weekdays(LIMA, Set.of(LocalDate.of(2026, 3, 4)), Set.of(), period("09:00", "18:00"));
        assertEquals(lima("2026-03-05T10:00"), calendar.plusBusinessMinutes(lima("2026-03-04T10:00"), 60));
        assertEquals(lima("2026-03-05T09:00"), calendar.nextWorkingMoment(lima("2026-03-04T10:00")));
        assertEquals(0, calendar.businessMinutesBetween(lima("2026-03-04T00:00"), lima("2026-03-05T00:00")));
    }

    // --- counting business minutes

    @Test
    void countsBusinessMinutesBetweenTwoInstants() {
        assertEquals(90, office.businessMinutesBetween(lima("2026-03-02T10:00"), lima("2026-03-02T11:30")));
        assertEquals(120, office.businessMinutesBetween(lima("2026-03-06T17:00"), lima("2026-03-09T10:00")));
        assertEquals(540, office.businessMinutesBetween(lima("2026-03-02T00:00"), lima("2026-03-03T00:00")));
        assertEquals(0, office.businessMinutesBetween(lima("2026-03-07T00:00"), lima("2026-03-09T00:00")));
        assertEquals(480, withLunch.businessMinutesBetween(lima("2026-03-02T09:00"), lima("2026-03-02T18:00")));
    }

    @Test
    void countsNothingWhenTheEndIsNotAfterTheStart() {
        assertEquals(0, office.businessMinutesBetween(lima("2026-03-02T11:00"), lima("2026-03-02T10:00")));
        assertEquals(0, office.businessMinutesBetween(lima("2026-03-02T11:00"), lima("2026-03-02T11:00")));
    }

    @Test
    void countsOnlyWholeMinutes() {
        assertEquals(1, office.businessMinutesBetween(lima("2026-03-02T10:00"), lima("2026-03-02T10:01:59")));
        assertEquals(0, office.businessMinutesBetween(lima("2026-03-02T17:59:30"), lima("2026-03-03T09:00:29")));
        assertEquals(1, office.businessMinutesBetween(lima("2026-03-02T17:59:30"), lima("2026-03-03T09:00:30")));
    }

    // --- long targets

    @Test
    void threeWeeksOfBusinessMinutes() {
        long threeWeeks = 3 * 5 * 9 * 60;
        assertEquals(lima("2026-03-20T18:00"), office.plusBusinessMinutes(lima("2026-03-02T09:00"), threeWeeks));
        assertEquals(lima("2026-03-25T13:00"), office.plusBusinessMinutes(lima("2026-03-04T13:00"), threeWeeks));
        assertEquals(lima("2026-03-25T13:01"), office.plusBusinessMinutes(lima("2026-03-04T13:00"), threeWeeks + 1));
        assertEquals(lima("2026-03-23T09:01"), office.plusBusinessMinutes(lima("2026-03-02T09:00"), threeWeeks + 1));
        assertEquals(threeWeeks, office.businessMinutesBetween(lima("2026-03-02T09:00"), lima("2026-03-20T18:00")));
        assertEquals(threeWeeks, office.businessMinutesBetween(lima("2026-03-01T00:00"), lima("2026-03-22T00:00")));
    }

    @Test
    void holidaysWithinALongTargetPushItBack() {
        BusinessCalendar calendar = weekdays(LIMA, Set.of(LocalDate.of(2026, 3, 16)), Set.of(MonthDay.of(3, 12)),
                period("09:00", "18:00"));
        long threeWeeks = 3 * 5 * 9 * 60;
        // two holidays in weeks two and three: the last two days' worth spill over into the fourth week
        assertEquals(lima("2026-03-24T18:00"), calendar.plusBusinessMinutes(lima("2026-03-02T09:00"), threeWeeks));
        assertEquals(threeWeeks - 2 * 540,
                calendar.businessMinutesBetween(lima("2026-03-02T09:00"), lima("2026-03-20T18:00")));
    }

    @Test
    void longTargetsAgreeWithCountingMinuteByMinute() {
        // lunch breaks, a one-off and a yearly holiday, and the change to summer time in Madrid on 29 March
        BusinessCalendar calendar = weekdays(MADRID, Set.of(LocalDate.of(2026, 3, 19)), Set.of(MonthDay.of(4, 2)),
                period("08:00", "13:00"), period("14:00", "18:00"));
        Instant start = at("2026-03-09T11:17+01:00");
        for (long minutes : new long[] { 1, 100, 2_000, 8_000 }) {
            Instant expected = start;
            for (long counted = 0; counted < minutes; expected = expected.plusSeconds(60)) {
                if (calendar.isWorkingTime(expected)) {
                    counted++;
                }
            }
            assertEquals(expected, calendar.plusBusinessMinutes(start, minutes), minutes + " minutes");
            assertEquals(minutes, calendar.businessMinutesBetween(start, expected), minutes + " minutes");
        }
    }

    @Test
    void longTargetsDoNotWalkMinuteByMinute() {
        long tenYearsOfWeeks = 520L * 5 * 9 * 60;
        Instant due = assertTimeout(Duration.ofSeconds(5),
                () -> office.plusBusinessMinutes(lima("2026-03-02T09:00"), tenYearsOfWeeks));
        assertEquals(lima("2026-03-02T18:00").atZone(LIMA).plusWeeks(519).plusDays(4).toInstant(), due);
        assertEquals(tenYearsOfWeeks, office.businessMinutesBetween(lima("2026-03-02T09:00"), due));
    }

    @Test
    void givesUpAfterTwentyYearsInsteadOfLoopingForEver() {
        // work on Mondays only, and every day but 29 February is a holiday: the next 29 February on a Monday is in 2044
        Set<MonthDay> allButLeapDay = new HashSet<>();
        for (LocalDate d = LocalDate.of(2024, 1, 1); d.getYear() == 2024; d = d.plusDays(1)) {
            allButLeapDay.add(MonthDay.from(d));
        }
        allButLeapDay.remove(MonthDay.of(2, 29));
        BusinessCalendar leapMondays = new BusinessCalendar(ZoneOffset.UTC,
                Map.of(DayOfWeek.MONDAY, List.of(period("09:00", "18:00"))), Set.of(), allButLeapDay);

        assertEquals(at("2044-02-29T09:00Z"), leapMondays.nextWorkingMoment(at("2030-01-01T00:00Z")));
        assertEquals(at("2044-02-29T10:00Z"), leapMondays.plusBusinessMinutes(at("2030-01-01T00:00Z"), 60));
        assertThrows(IllegalStateException.class, () -> leapMondays.nextWorkingMoment(at("2017-01-01T00:00Z")));
        assertThrows(IllegalStateException.class, () -> leapMondays.plusBusinessMinutes(at("2017-01-01T00:00Z"), 60));
        assertThrows(IllegalStateException.class, () -> office.plusBusinessMinutes(lima("2026-03-02T09:00"), Long.MAX_VALUE));
        assertThrows(IllegalStateException.class,
                () -> office.businessMinutesBetween(lima("2026-03-02T09:00"), lima("2056-03-02T09:00")));
    }

    // --- changes of clocks (daylight saving time)

    @Test
    void officeHoursKeepTheirWallClockAcrossTheChangesInMadrid() {
        BusinessCalendar madrid = BusinessCalendar.standard(MADRID);
        // summer time from Sunday 29 March 2026, winter time from Sunday 25 October 2026
        assertEquals(at("2026-03-30T10:00+02:00"), madrid.plusBusinessMinutes(at("2026-03-27T17:00+01:00"), 120));
        assertEquals(at("2026-10-26T10:00+01:00"), madrid.plusBusinessMinutes(at("2026-10-23T17:00+02:00"), 120));
        assertEquals(120, madrid.businessMinutesBetween(at("2026-03-27T17:00+01:00"), at("2026-03-30T10:00+02:00")));
        assertTrue(madrid.isWorkingTime(at("2026-03-30T09:00+02:00")));
        assertFalse(madrid.isWorkingTime(at("2026-03-30T08:30+02:00")));
    }

    @Test
    void officeHoursKeepTheirWallClockAcrossTheChangesInNewYork() {
        BusinessCalendar newYork = BusinessCalendar.standard(NEW_YORK);
        // daylight saving time from Sunday 8 March 2026 to Sunday 1 November 2026
        assertEquals(at("2026-03-09T10:00-04:00"), newYork.plusBusinessMinutes(at("2026-03-06T17:00-05:00"), 120));
        assertEquals(at("2026-11-02T10:00-05:00"), newYork.plusBusinessMinutes(at("2026-10-30T17:00-04:00"), 120));
    }

    @Test
    void aPeriodContainingTheSpringForwardGapIsAnHourShorter() {
        BusinessCalendar earlyShift = everyDay(MADRID, period("00:00", "06:00"));
        // on 29 March 2026 the clocks jump from 02:00 to 03:00
        assertEquals(300, earlyShift.businessMinutesBetween(at("2026-03-29T00:00+01:00"), at("2026-03-29T12:00+02:00")));
        assertEquals(at("2026-03-29T06:00+02:00"), earlyShift.plusBusinessMinutes(at("2026-03-29T00:00+01:00"), 300));
        assertEquals(at("2026-03-29T03:30+02:00"), earlyShift.plusBusinessMinutes(at("2026-03-29T01:00+01:00"), 90));
        assertEquals(360, earlyShift.businessMinutesBetween(at("2026-03-30T00:00+02:00"), at("2026-03-30T12:00+02:00")));
    }

    @Test
    void aPeriodStartingInsideTheGapStartsWhenTheClocksJump() {
        BusinessCalendar calendar = everyDay(MADRID, period("02:30", "05:00"));
        assertEquals(at("2026-03-29T03:00+02:00"), calendar.nextWorkingMoment(at("2026-03-29T01:00+01:00")));
        assertEquals(120, calendar.businessMinutesBetween(at("2026-03-29T00:00+01:00"), at("2026-03-29T12:00+02:00")));
        assertEquals(150, calendar.businessMinutesBetween(at("2026-03-28T00:00+01:00"), at("2026-03-28T12:00+01:00")));
    }

    @Test
    void aPeriodEndingInsideTheGapEndsWhenTheClocksJump() {
        BusinessCalendar calendar = everyDay(MADRID, period("01:00", "02:30"));
        assertEquals(60, calendar.businessMinutesBetween(at("2026-03-29T00:00+01:00"), at("2026-03-29T12:00+02:00")));
        assertFalse(calendar.isWorkingTime(at("2026-03-29T03:00+02:00")));
    }

    @Test
    void aPeriodContainingTheFallBackOverlapIsAnHourLonger() {
        BusinessCalendar earlyShift = everyDay(MADRID, period("00:00", "06:00"));
        // on 25 October 2026 the clocks go back from 03:00 to 02:00
        assertEquals(420, earlyShift.businessMinutesBetween(at("2026-10-25T00:00+02:00"), at("2026-10-25T12:00+01:00")));
        assertEquals(at("2026-10-25T02:00+01:00"), earlyShift.plusBusinessMinutes(at("2026-10-25T00:00+02:00"), 180));
        assertEquals(at("2026-10-25T06:00+01:00"), earlyShift.plusBusinessMinutes(at("2026-10-25T00:00+02:00"), 420));
    }

    @Test
    void periodBoundariesInsideTheOverlapMeanTheFirstTimeTheClockShowsThem() {
        BusinessCalendar calendar = everyDay(MADRID, period("02:30", "04:00"));
        // from the first 02:30 (summer time) to 04:00 (winter time)
        assertEquals(150, calendar.businessMinutesBetween(at("2026-10-25T00:00+02:00"), at("2026-10-25T12:00+01:00")));
        assertFalse(calendar.isWorkingTime(at("2026-10-25T02:15+02:00")));
        assertTrue(calendar.isWorkingTime(at("2026-10-25T02:30+02:00")));
        assertTrue(calendar.isWorkingTime(at("2026-10-25T02:15+01:00")));
        assertEquals(at("2026-10-25T02:30+02:00"), calendar.nextWorkingMoment(at("2026-10-25T01:00+02:00")));
    }

    @Test
    void aNightShiftAcrossBothChangesInNewYork() {
        BusinessCalendar nights = everyDay(NEW_YORK, period("00:00", "06:00"), period("22:00", "00:00"));
        // Saturday 22:00–24:00 and Sunday 00:00–06:00 give 7 hours on 8 March (clocks jump 02:00 → 03:00) ...
        assertEquals(at("2026-03-08T23:00-04:00"), nights.plusBusinessMinutes(at("2026-03-07T22:00-05:00"), 480));
        assertEquals(420, nights.businessMinutesBetween(at("2026-03-07T22:00-05:00"), at("2026-03-08T12:00-04:00")));
        // ... and 9 hours on 1 November (clocks go back 02:00 → 01:00)
        assertEquals(at("2026-11-01T05:00-05:00"), nights.plusBusinessMinutes(at("2026-10-31T22:00-04:00"), 480));
        assertEquals(540, nights.businessMinutesBetween(at("2026-10-31T22:00-04:00"), at("2026-11-01T12:00-05:00")));
    }

    // --- around the clock

    @Test
    void aroundTheClockBusinessTimeIsElapsedTime() {
        BusinessCalendar always = BusinessCalendar.always(LIMA);
        Instant saturdayNight = lima("2026-03-07T23:30");
        assertTrue(always.isWorkingTime(saturdayNight));
        assertEquals(saturdayNight, always.nextWorkingMoment(saturdayNight));
        assertEquals(saturdayNight.plusSeconds(90 * 60), always.plusBusinessMinutes(saturdayNight, 90));
        assertEquals(saturdayNight.plus(Duration.ofDays(21)), always.plusBusinessMinutes(saturdayNight, 21 * 24 * 60));
        assertEquals(30 * 24 * 60, always.businessMinutesBetween(saturdayNight, saturdayNight.plus(Duration.ofDays(30))));
    }

    @Test
    void aroundTheClockCountsRealHoursOnDaysWhenTheClocksChange() {
        BusinessCalendar always = BusinessCalendar.always(MADRID);
        assertEquals(23 * 60, always.businessMinutesBetween(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")));
        assertEquals(25 * 60, always.businessMinutesBetween(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")));
        assertEquals(at("2026-03-29T03:00+02:00"), always.plusBusinessMinutes(at("2026-03-28T23:00+01:00"), 180));
        // three weeks across the change are three weeks of real time, an hour less on the clock
        assertEquals(at("2026-04-06T01:00+02:00"), always.plusBusinessMinutes(at("2026-03-16T00:00+01:00"), 21 * 24 * 60));
    }

    // --- properties over many starting points

    @Test
    void countingIsTheInverseOfAdding() {
        BusinessCalendar madrid = weekdays(MADRID, Set.of(LocalDate.of(2026, 3, 19)), Set.of(MonthDay.of(3, 24)),
                period("08:00", "13:00"), period("14:00", "18:00"));
        BusinessCalendar nights = everyDay(NEW_YORK, period("00:00", "06:00"), period("22:00", "00:00"));
        BusinessCalendar limaOffice = weekdays(LIMA, Set.of(LocalDate.of(2026, 3, 11)), Set.of(), period("09:00", "18:00"));
        long[] targets = { 1, 59, 60, 61, 541, 8_100 };
        for (BusinessCalendar calendar : List.of(madrid, nights, limaOffice)) {
            Instant from = at("2026-03-02T00:00Z");
            for (Instant start = from; start.isBefore(from.plus(Duration.ofDays(16))); start = start.plusSeconds(37 * 60)) {
                for (long minutes : targets) {
                    Instant due = calendar.plusBusinessMinutes(start, minutes);
                    String where = calendar.zone() + " " + start + " + " + minutes;
                    assertEquals(minutes, calendar.businessMinutesBetween(start, due), where);
                    assertTrue(calendar.isWorkingTime(due.minusSeconds(60)), where + ": the last minute counted is working time");
                    assertEquals(due, calendar.plusBusinessMinutes(calendar.nextWorkingMoment(start), minutes), where);
                }
            }
        }
    }

    @Test
    void addingTheCountedMinutesNeverOvershoots() {
        BusinessCalendar calendar = weekdays(MADRID, Set.of(LocalDate.of(2026, 3, 31)), Set.of(),
                period("08:00", "13:00"), period("14:00", "18:00"));
        Instant start = at("2026-03-25T10:20:30+01:00");
        for (Instant end = start; end.isBefore(start.plus(Duration.ofDays(12))); end = end.plusSeconds(53 * 60 + 7)) {
            long minutes = calendar.businessMinutesBetween(start, end);
            Instant reached = calendar.plusBusinessMinutes(start, minutes);
            assertFalse(reached.isAfter(end), end.toString());
            assertEquals(0, calendar.businessMinutesBetween(reached, end), end + ": less than a minute left");
        }
    }
}
