package org.helpdesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void percentilesAreByNearestRankAndTheMeanHasOneDecimal() {
        Durations times = Durations.of(50, 10, 40, 20, 30, 60, 70, 80, 90, 100, 5);
        assertEquals(50L, times.percentile(50), "the 6th of 11");
        assertEquals(90L, times.percentile(90), "ceil(9.9) = the 10th of 11");
        assertEquals(50.5, times.mean());
        assertEquals(5L, Durations.of(5).percentile(90));
        assertEquals(20L, Durations.of(10, 20, 30, 40).percentile(50), "the 2nd of 4, no average of the middle two");
    }

    @Test
    void nothingMeasuredGivesNoFigures() {
        assertNull(Durations.NONE.mean());
        assertNull(Durations.NONE.percentile(50));
    }
}
