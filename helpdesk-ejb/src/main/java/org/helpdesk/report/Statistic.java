package org.helpdesk.report;

import java.io.Serializable;
import java.util.List;

/**
 * A computed statistic: its title and the X axis' name in the reader's language, the X axis' labels, the
 * series' labels (the measure's name without a second dimension), and the values by X and series (null
 * where nothing was measured). {@code truncated} tells that only the
 * {@value StatisticEngine#MAX_CATEGORIES} largest categories of an attribute are shown.
 */
public record Statistic(StatisticRequest request, String title, String axisLabel, List<String> xLabels, List<String> seriesLabels,
        List<List<Double>> values, boolean truncated) implements Serializable {

    public Double value(int x, int series) {
        return values.get(x).get(series);
    }
}
