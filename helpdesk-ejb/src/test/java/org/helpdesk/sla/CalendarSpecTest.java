package org.helpdesk.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CalendarSpecTest {

    @Test
    void readsDayRangesSplitShiftsAndMidnight() {
        Map<DayOfWeek, List<WorkingPeriod>> hours = CalendarSpec.workingHours(
                "Mon-Fri 08:30-13:00 14:00-18:00; sat 09:00-13:00\nsun 22:00-24:00");
        assertEquals(List.of(new WorkingPeriod(LocalTime.of(8, 30), LocalTime.of(13, 0)),
                new WorkingPeriod(LocalTime.of(14, 0), LocalTime.of(18, 0))), hours.get(DayOfWeek.WEDNESDAY));
        assertEquals(List.of(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(13, 0))), hours.get(DayOfWeek.SATURDAY));
        assertTrue(hours.get(DayOfWeek.SUNDAY).get(0).endsAtMidnight());
        assertEquals(7, hours.size());
    }

    @Test
    void refusesWhatItCannotReadNamingTheEntry() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CalendarSpec.workingHours("mon-fri 09:00-18:00; lunes 9 a 6"));
        assertEquals("lunes 9 a 6", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CalendarSpec.workingHours("fri-mon 09:00-18:00"));
        assertThrows(IllegalArgumentException.class, () -> CalendarSpec.workingHours("mon 09:00-25:00"));
        assertThrows(IllegalArgumentException.class, () -> CalendarSpec.holidays("31-12"));
        assertThrows(IllegalArgumentException.class, () -> CalendarSpec.holidays("02-30 nunca"));
    }

    @Test
    void holidaysAreOneOffWithAYearAndYearlyWithout() {
        String spec = "12-25 Navidad\n2026-12-31 Fin de año\n\n07-28 Fiestas Patrias";
        assertEquals(Set.of(LocalDate.of(2026, 12, 31)), CalendarSpec.holidays(spec));
        assertEquals(Set.of(MonthDay.of(12, 25), MonthDay.of(7, 28)), CalendarSpec.yearlyHolidays(spec));
    }

    @Test
    void theShippedLimaCalendarSkipsFiestasPatrias() {
        ServiceCalendar lima = new ServiceCalendar("Lima", "America/Lima", "mon-fri 09:00-18:00", "07-28 Fiestas Patrias\n07-29");
        // Monday 27 July 2026, 17:00 Lima: one hour left that day, then the 28th and 29th are holidays
        assertEquals(java.time.Instant.parse("2026-07-30T15:00:00Z"),
                lima.toBusinessCalendar().plusBusinessMinutes(java.time.Instant.parse("2026-07-27T22:00:00Z"), 120));
    }

    @Test
    void calendarsWithTheSameTextsShareOneParsedCalendarAndAChangedOneIsReadAgain() {
        ServiceCalendar first = new ServiceCalendar("A", "America/Lima", "mon-fri 08:00-17:00", null);
        ServiceCalendar second = new ServiceCalendar("B", "America/Lima", "mon-fri 08:00-17:00", "");
        assertSame(first.toBusinessCalendar(), second.toBusinessCalendar());
        second.define("B", "America/Lima", "mon-sat 08:00-17:00", null);
        assertNotSame(first.toBusinessCalendar(), second.toBusinessCalendar());
        assertEquals(java.time.Instant.parse("2026-12-05T14:00:00Z"), // Saturday 08:00 in Lima counts now
                second.toBusinessCalendar().plusBusinessMinutes(java.time.Instant.parse("2026-12-05T13:00:00Z"), 60));
        assertThrows(IllegalArgumentException.class, () -> second.define("B", "America/Lima", "mon-fri 18:00-08:00", null));
    }
}
