package org.helpdesk.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

import org.helpdesk.shared.ValidationException;

/** The span a report covers, from (included) to (excluded), and the time zone its days are in. */
public record ReportPeriod(Instant from, Instant to, ZoneId zone) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        if (!to.isAfter(from)) {
            throw new ValidationException("to", "report.period.empty");
        }
    }

    /** The days {@code first} to {@code last}, both included, in {@code zone}. */
    public static ReportPeriod days(LocalDate first, LocalDate last, ZoneId zone) {
        if (first == null || last == null) {
            throw new ValidationException(first == null ? "from" : "to", "validation.required");
        }
        if (last.isBefore(first)) {
            throw new ValidationException("to", "report.period.empty");
        }
        return new ReportPeriod(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant(), zone);
    }

    /** The calendar month before the one {@code today} is in. */
    public static ReportPeriod lastMonth(LocalDate today, ZoneId zone) {
        LocalDate first = today.withDayOfMonth(1).minusMonths(1);
        return days(first, first.with(TemporalAdjusters.lastDayOfMonth()), zone);
    }

    /** Monday to Sunday of the week before the one {@code today} is in. */
    public static ReportPeriod lastWeek(LocalDate today, ZoneId zone) {
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        return days(monday, monday.plusDays(6), zone);
    }

    /** The first day of the period, in its zone. */
    public LocalDate firstDay() {
        return from.atZone(zone).toLocalDate();
    }

    /** The last day of the period (included), in its zone. */
    public LocalDate lastDay() {
        return to.minusNanos(1).atZone(zone).toLocalDate();
    }
}
