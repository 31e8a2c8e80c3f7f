package org.helpdesk.sla;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text form of working hours and holidays, as administrators write them.
 * <p>
 * Working hours: one or more entries separated by {@code ;} or new lines, each a day or a day
 * range followed by periods: {@code mon-fri 08:30-13:00 14:00-18:00; sat 09:00-13:00}. Days are
 * {@code mon tue wed thu fri sat sun}; {@code 24:00} is the end of the day.
 * <p>
 * Holidays: one per line, {@code 2026-12-24} for a single date or {@code 12-25} for every year,
 * optionally followed by a description ({@code 07-28 Fiestas Patrias}).
 */
public final class CalendarSpec {

    private static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    private static final Pattern ENTRY = Pattern.compile("([a-z]{3})(?:-([a-z]{3}))?((?:\\s+\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2})+)");
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-)?(\\d{2})-(\\d{2})(\\s.*)?");

    private CalendarSpec() {
    }

    /** The periods per weekday; {@link IllegalArgumentException} names what cannot be read. */
    public static Map<DayOfWeek, List<WorkingPeriod>> workingHours(String spec) {
        Map<DayOfWeek, List<WorkingPeriod>> hours = new EnumMap<>(DayOfWeek.class);
        for (String entry : spec.toLowerCase(Locale.ROOT).split("[;\\n]")) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher matcher = ENTRY.matcher(trimmed);
            if (!matcher.matches() || !DAYS.contains(matcher.group(1))
                    || matcher.group(2) != null && !DAYS.contains(matcher.group(2))) {
                throw new IllegalArgumentException(trimmed);
            }
            int first = DAYS.indexOf(matcher.group(1));
            int last = matcher.group(2) == null ? first : DAYS.indexOf(matcher.group(2));
            if (last < first) {
                throw new IllegalArgumentException(trimmed);
            }
            List<WorkingPeriod> periods = new ArrayList<>();
            Matcher period = PERIOD.matcher(matcher.group(3));
            while (period.find()) {
                periods.add(new WorkingPeriod(time(period.group(1), period.group(2), trimmed),
                        time(period.group(3), period.group(4), trimmed)));
            }
            for (int day = first; day <= last; day++) {
                hours.computeIfAbsent(DayOfWeek.of(day + 1), d -> new ArrayList<>()).addAll(periods);
            }
        }
        return hours;
    }

    /** One-off holidays (lines with a year). */
    public static Set<LocalDate> holidays(String spec) {
        Set<LocalDate> dates = new HashSet<>();
        for (Matcher date : dates(spec)) {
            if (date.group(1) != null) {
                dates.add(LocalDate.of(Integer.parseInt(date.group(1).substring(0, 4)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3))));
            }
        }
        return dates;
    }

    /** Yearly holidays (lines without a year). */
    public static Set<MonthDay> yearlyHolidays(String spec) {
        Set<MonthDay> days = new HashSet<>();
        for (Matcher date : dates(spec)) {
            if (date.group(1) == null) {
                days.add(MonthDay.of(Integer.parseInt(date.group(2)), Integer.parseInt(date.group(3))));
            }
        }
        return days;
    }

    private static List<Matcher> dates(String spec) {
        List<Matcher> found = new ArrayList<>();
        if (spec == null) {
            return found;
        }
        for (String line : spec.split("\\n")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher matcher = DATE.matcher(trimmed);
            if (!matcher.matches()) {
                throw new IllegalArgumentException(trimmed);
            }
            try {
                if (matcher.group(1) == null) {
                    MonthDay.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
                } else {
                    LocalDate.of(Integer.parseInt(matcher.group(1).substring(0, 4)), Integer.parseInt(matcher.group(2)),
                            Integer.parseInt(matcher.group(3)));
                }
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(trimmed, e);
            }
            found.add(matcher);
        }
        return found;
    }

    private static LocalTime time(String hours, String minutes, String entry) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (h == 24 && m == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (h > 23 || m > 59) {
            throw new IllegalArgumentException(entry);
        }
        return LocalTime.of(h, m);
    }
}
