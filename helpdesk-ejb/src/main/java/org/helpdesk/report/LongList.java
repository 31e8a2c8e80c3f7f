package org.helpdesk.report;

import java.util.Arrays;

/** A growing array of longs: a million times take 8 MB, not the 24 MB of boxed ones. */
final class LongList {

    private long[] values = new long[16];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    Durations durations() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Durations(sorted);
    }
}
