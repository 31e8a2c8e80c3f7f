package org.helpdesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The response times of one measured scenario (thread-safe), its errors with their first few reasons, and the
 * wall-clock time it ran, from which its throughput follows.
 */
final class Samples {

    private static final int KEPT_REASONS = 5;

    final String phase;
    final String scenario;
    final int users;

    private long[] nanos = new long[256];
    private int count;
    private int errors;
    private final List<String> reasons = new ArrayList<>();
    private double seconds;

    Samples(String phase, String scenario, int users) {
        this.phase = phase;
        this.scenario = scenario;
        this.users = users;
    }

    /** One response: its time, and null or why it counts as an error. Errors' times are counted too. */
    synchronized void add(long responseNanos, String problem) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = responseNanos;
        if (problem != null) {
            errors++;
            if (reasons.size() < KEPT_REASONS) {
                reasons.add(problem);
            }
        }
    }

    /** Sets the wall-clock seconds over which the samples were taken (for the throughput). */
    synchronized void setSeconds(double seconds) {
        this.seconds = seconds;
    }

    /** The summary: percentiles by nearest rank, in milliseconds. */
    synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(phase, scenario, users, count, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), count == 0 ? Double.NaN : sorted[count - 1] / 1e6,
                seconds > 0 ? count / seconds : Double.NaN, List.copyOf(reasons));
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** One row of the report. Times in milliseconds, throughput in responses per second. */
    record Summary(String phase, String scenario, int users, int count, int errors, double p50, double p95, double p99,
            double max, double throughput, List<String> reasons) {
    }
}
