package org.helpdesk.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When the service desk works (OTRS's calendars): working periods per weekday in local time of one time zone, minus
 * holidays. SLA targets are counted in business minutes of such a calendar.
 * <p>
 * Working hours are wall-clock times in {@link #zone()}; durations are real elapsed time, so a working period that
 * contains a change of clocks is an hour shorter or longer that day (see {@link WorkingPeriod}). Holidays, one-off
 * dates or every year on the same day, are non-working days.
 * <p>
 * The arithmetic walks day by day (whole weeks at a time where no holiday or change of clocks is in the way) and
 * never looks further than {@value #HORIZON_YEARS} years ahead: beyond that it throws {@link IllegalStateException}
 * rather than loop for ever. Immutable and thread-safe.
 */
public final class BusinessCalendar {

    /** How far ahead the calendar looks for working time before giving up. */
    public static final int HORIZON_YEARS = 20;

    private static final Comparator<WorkingPeriod> BY_START = Comparator.comparing(WorkingPeriod::from);

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingPeriod>> hours;
    private final NavigableSet<LocalDate> holidays;
    private final Set<MonthDay> yearlyHolidays;
    /** The working time of a week without holidays and without a change of clocks. */
    private final Duration plainWeek;

    /**
     * @param hours          the working periods of each weekday; days that are missing or have no periods are
     *                       non-working. Periods of one day must not overlap; they need not be in order.
     * @param holidays       one-off non-working dates
     * @param yearlyHolidays non-working days every year, e.g. 1 May or 28 July
     * @throws IllegalArgumentException when the calendar has no working time at all
     */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, List<WorkingPeriod>> hours, Set<LocalDate> holidays,
            Set<MonthDay> yearlyHolidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(hours, "hours");
        Map<DayOfWeek, List<WorkingPeriod>> byDay = new EnumMap<>(DayOfWeek.class);
        Duration week = Duration.ZERO;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<WorkingPeriod> periods = new ArrayList<>(hours.getOrDefault(day, List.of()));
            periods.sort(BY_START);
            for (int i = 1; i < periods.size(); i++) {
                if (periods.get(i - 1).overlaps(periods.get(i))) {
                    throw new IllegalArgumentException("Overlapping working periods on " + day + ": " + periods);
                }
            }
            for (WorkingPeriod period : periods) {
                week = week.plus(period.length());
            }
            byDay.put(day, List.copyOf(periods));
        }
        this.hours = Collections.unmodifiableMap(byDay);
        this.holidays = Collections.unmodifiableNavigableSet(new TreeSet<>(Objects.requireNonNull(holidays, "holidays")));
        this.yearlyHolidays = Set.copyOf(Objects.requireNonNull(yearlyHolidays, "yearlyHolidays"));
        this.plainWeek = week;
        if (week.isZero()) {
            throw new IllegalArgumentException("A business calendar needs working hours on at least one weekday");
        }
        if (this.yearlyHolidays.size() >= 366) {
            throw new IllegalArgumentException("A business calendar cannot have every day of the year as a holiday");
        }
    }

    /** Monday to Friday 09:00–18:00, no holidays. */
    public static BusinessCalendar standard(ZoneId zone) {
        Map<DayOfWeek, List<WorkingPeriod>> hours = new EnumMap<>(DayOfWeek.class);
        List<WorkingPeriod> officeHours = List.of(new WorkingPeriod(LocalTime.of(9, 0), LocalTime.of(18, 0)));
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, officeHours);
        }
        return new BusinessCalendar(zone, hours, Set.of(), Set.of());
    }

    /** Around the clock, every day of the year (24x7): business time is real elapsed time. */
    public static BusinessCalendar always(ZoneId zone) {
        Map<DayOfWeek, List<WorkingPeriod>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(WorkingPeriod.WHOLE_DAY));
        }
        return new BusinessCalendar(zone, hours, Set.of(), Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** The working periods of every weekday (an empty list for a day off), each day's in order. */
    public Map<DayOfWeek, List<WorkingPeriod>> hours() {
        return hours;
    }

    public Set<LocalDate> holidays() {
        return holidays;
    }

    public Set<MonthDay> yearlyHolidays() {
        return yearlyHolidays;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.contains(date) || yearlyHolidays.contains(MonthDay.from(date));
    }

    /** Whether {@code t} lies within a working period (a period's start counts, its end does not). */
    public boolean isWorkingTime(Instant t) {
        for (Interval interval : workingIntervals(localDate(t))) {
            if (interval.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** {@code t} itself during working time, otherwise the start of the next working period. */
    public Instant nextWorkingMoment(Instant t) {
        LocalDate first = localDate(t);
        LocalDate last = first.plusYears(HORIZON_YEARS);
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (Interval interval : workingIntervals(day)) {
                if (interval.end.isAfter(t)) {
                    return later(interval.start, t);
                }
            }
        }
        throw new IllegalStateException("No working time within " + HORIZON_YEARS + " years after " + t);
    }

    /**
     * The instant at which {@code minutes} business minutes have passed since {@code start}. A target that is used up
     * exactly at the end of a working period is that end (Monday 17:00 plus 60 minutes is Monday 18:00, not Tuesday
     * 09:00).
     *
     * @param minutes zero returns {@code start} unchanged, even outside working hours: no business time has to pass
     *                (use {@link #nextWorkingMoment} to find when the clock starts running)
     * @throws IllegalArgumentException when minutes is negative
     * @throws IllegalStateException    when the target lies more than {@value #HORIZON_YEARS} years ahead
     */
    public Instant plusBusinessMinutes(Instant start, long minutes) {
        Objects.requireNonNull(start, "start");
        if (minutes < 0) {
            throw new IllegalArgumentException("Business minutes must not be negative: " + minutes);
        }
        if (minutes == 0) {
            return start;
        }
        LocalDate first = localDate(start);
        LocalDate last = first.plusYears(HORIZON_YEARS);
        if (minutes > Duration.ofDays(367L * HORIZON_YEARS).toMinutes()) {
            throw beyondHorizon(minutes, start);
        }
        Duration remaining = Duration.ofMinutes(minutes);
        LocalDate day = first;
        while (!day.isAfter(last)) {
            if (day.isAfter(first) && remaining.compareTo(plainWeek) > 0 && isPlainWeek(day)) {
                remaining = remaining.minus(plainWeek);
                day = day.plusWeeks(1);
                continue;
            }
            for (Interval interval : workingIntervals(day)) {
                Instant from = later(interval.start, start);
                if (from.isBefore(interval.end)) {
                    Duration available = Duration.between(from, interval.end);
                    if (remaining.compareTo(available) <= 0) {
                        return from.plus(remaining);
                    }
                    remaining = remaining.minus(available);
                }
            }
            day = day.plusDays(1);
        }
        throw beyondHorizon(minutes, start);
    }

    /**
     * The whole business minutes in [from, to), rounded down; 0 when {@code to} is not after {@code from}. The inverse
     * of {@link #plusBusinessMinutes}: {@code businessMinutesBetween(s, plusBusinessMinutes(s, m)) == m}.
     *
     * @throws IllegalStateException when the two lie more than {@value #HORIZON_YEARS} years apart
     */
    public long businessMinutesBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate first = localDate(from);
        LocalDate last = localDate(to);
        if (last.isAfter(first.plusYears(HORIZON_YEARS))) {
            throw new IllegalStateException("Not counting business time over more than " + HORIZON_YEARS + " years");
        }
        Duration total = Duration.ZERO;
        LocalDate day = first;
        while (!day.isAfter(last)) {
            // a whole week lies between from and to when it starts after from's day and ends by to's day
            if (day.isAfter(first) && !day.plusWeeks(1).isAfter(last) && isPlainWeek(day)) {
                total = total.plus(plainWeek);
                day = day.plusWeeks(1);
                continue;
            }
            for (Interval interval : workingIntervals(day)) {
                Instant start = later(interval.start, from);
                Instant end = interval.end.isBefore(to) ? interval.end : to;
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            day = day.plusDays(1);
        }
        return total.toMinutes();
    }

    /** The working time of {@code date} as instants, in order; empty on a holiday or a day off. */
    private List<Interval> workingIntervals(LocalDate date) {
        if (isHoliday(date)) {
            return List.of();
        }
        List<WorkingPeriod> periods = hours.get(date.getDayOfWeek());
        List<Interval> intervals = new ArrayList<>(periods.size());
        for (WorkingPeriod period : periods) {
            Instant start = firstInstantAt(date, period.from());
            Instant end = period.endsAtMidnight() ? firstInstantAt(date.plusDays(1), LocalTime.MIDNIGHT)
                    : firstInstantAt(date, period.to());
            if (start.isBefore(end)) { // a period inside a spring-forward gap has no time
                intervals.add(new Interval(start, end));
            }
        }
        return intervals;
    }

    /**
     * The first instant at which the wall clock shows {@code time} on {@code date} or later: in a spring-forward gap
     * the moment the clocks jump, in a fall-back overlap the first of the two.
     */
    private Instant firstInstantAt(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return ZonedDateTime.of(local, zone).toInstant(); // the earlier offset in an overlap
    }

    /** Whether the seven days from {@code day} have no holiday and no change of clocks, so they work a plain week. */
    private boolean isPlainWeek(LocalDate day) {
        LocalDate next = day.plusWeeks(1);
        if (!holidays.subSet(day, true, next, false).isEmpty()) {
            return false;
        }
        if (!yearlyHolidays.isEmpty()) {
            for (LocalDate d = day; d.isBefore(next); d = d.plusDays(1)) {
                if (yearlyHolidays.contains(MonthDay.from(d))) {
                    return false;
                }
            }
        }
        ZoneOffsetTransition change = zone.getRules().nextTransition(firstInstantAt(day, LocalTime.MIDNIGHT));
        return change == null || !change.getInstant().isBefore(firstInstantAt(next, LocalTime.MIDNIGHT));
    }

    private LocalDate localDate(Instant t) {
        return LocalDate.ofInstant(t, zone);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static IllegalStateException beyondHorizon(long minutes, Instant start) {
        return new IllegalStateException(
                minutes + " business minutes after " + start + " lie more than " + HORIZON_YEARS + " years ahead");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BusinessCalendar other && zone.equals(other.zone) && hours.equals(other.hours)
                && holidays.equals(other.holidays) && yearlyHolidays.equals(other.yearlyHolidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, hours, holidays, yearlyHolidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + hours + ", holidays " + holidays + ", yearly " + yearlyHolidays + "]";
    }

    /** Working time [start, end) on the time line. */
    private record Interval(Instant start, Instant end) {

        boolean contains(Instant t) {
            return !t.isBefore(start) && t.isBefore(end);
        }
    }
}
