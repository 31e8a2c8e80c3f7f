package org.helpdesk.sla;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * Working hours within one day, in local wall-clock time: from {@code from} (inclusive) to {@code to} (exclusive), e.g.
 * 08:00–13:00. A {@code to} of 00:00 stands for midnight at the end of the day ("24:00"), so 22:00–00:00 is the last two
 * hours of the day and {@link #WHOLE_DAY} (00:00–00:00) is all of it.
 * <p>
 * On days when the clocks change, a period starts at the first moment the wall clock shows {@code from} or later and
 * ends at the first moment it shows {@code to} or later; everything in between counts in real elapsed time. A period
 * 00:00–06:00 therefore lasts five hours on a spring-forward day and seven on a fall-back day.
 */
public record WorkingPeriod(LocalTime from, LocalTime to) {

    /** The whole day, midnight to midnight. */
    public static final WorkingPeriod WHOLE_DAY = new WorkingPeriod(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    public WorkingPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.equals(LocalTime.MIDNIGHT) && !from.isBefore(to)) {
            throw new IllegalArgumentException("A working period must end after it starts: " + from + "–" + to);
        }
    }

    /** Whether the period lasts until midnight at the end of the day. */
    public boolean endsAtMidnight() {
        return to.equals(LocalTime.MIDNIGHT);
    }

    /** The length on a day without a change of clocks. */
    public Duration length() {
        Duration length = Duration.between(from, to);
        return endsAtMidnight() ? length.plusDays(1) : length;
    }

    /** Whether the two periods share some time of the day (touching at one end is no overlap). */
    boolean overlaps(WorkingPeriod other) {
        return from.toNanoOfDay() < other.endNanoOfDay() && other.from.toNanoOfDay() < endNanoOfDay();
    }

    private long endNanoOfDay() {
        return endsAtMidnight() ? Duration.ofDays(1).toNanos() : to.toNanoOfDay();
    }
}
