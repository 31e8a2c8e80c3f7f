package org.helpdesk.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a scheduled report falls due: daily, weekly on {@code dayOfWeek} or monthly on {@code dayOfMonth}
 * (1 to 28, so every month has it), at {@code time} in {@code zone}; and the period a run at that moment
 * covers.
 */
public record Recurrence(Frequency frequency, DayOfWeek dayOfWeek, Integer dayOfMonth, LocalTime time, ZoneId zone) {

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        if (frequency == Frequency.WEEKLY) {
            Objects.requireNonNull(dayOfWeek, "dayOfWeek");
        }
        if (frequency == Frequency.MONTHLY && (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 28)) {
            throw new IllegalArgumentException("A monthly report runs on a day from 1 to 28: " + dayOfMonth);
        }
    }

    /** The first moment after {@code after} that the report is due. */
    public Instant next(Instant after) {
        LocalDate day = after.atZone(zone).toLocalDate();
        for (int i = 0; i < 400; i++, day = day.plusDays(1)) {
            if (matches(day)) {
                ZonedDateTime due = day.atTime(time).atZone(zone);
                if (due.toInstant().isAfter(after)) {
                    return due.toInstant();
                }
            }
        }
        throw new IllegalStateException("No due date within a year: " + this);
    }

    private boolean matches(LocalDate day) {
        return switch (frequency) {
            case DAILY -> true;
            case WEEKLY -> day.getDayOfWeek() == dayOfWeek;
            case MONTHLY -> day.getDayOfMonth() == dayOfMonth;
        };
    }

    /** What a run due at {@code due} reports on: the day, week or month before. */
    public ReportPeriod periodFor(Instant due) {
        LocalDate today = due.atZone(zone).toLocalDate();
        return switch (frequency) {
            case DAILY -> ReportPeriod.days(today.minusDays(1), today.minusDays(1), zone);
            case WEEKLY -> ReportPeriod.lastWeek(today, zone);
            case MONTHLY -> ReportPeriod.lastMonth(today, zone);
        };
    }
}
