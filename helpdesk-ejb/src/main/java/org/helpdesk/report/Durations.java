package org.helpdesk.report;

import java.util.Arrays;

/**
 * Response or solution times of a group, in business minutes: their mean and percentiles by nearest rank
 * (the p-th percentile is the smallest time with at least p % of the times at or below it).
 */
record Durations(long[] sorted) {

    static final Durations NONE = new Durations(new long[0]);

    /** Times in any order. */
    static Durations of(long... minutes) {
        long[] copy = minutes.clone();
        Arrays.sort(copy);
        return new Durations(copy);
    }

    Double mean() {
        if (sorted.length == 0) {
            return null;
        }
        double sum = 0;
        for (long m : sorted) {
            sum += m;
        }
        return Math.round(sum / sorted.length * 10) / 10.0;
    }

    Long percentile(int p) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
