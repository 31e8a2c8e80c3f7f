package org.helpdesk.report;

import java.io.Serializable;
import java.util.List;

/**
 * A statistic as the manager builds it: one measure, or several side by side (then they are the series),
 * the X axis, an optional series (a ticket attribute), the dropdown dynamic field that an axis or series
 * {@link Axis#FIELD} means, the period, and the queues and ticket states it is restricted to (none: all).
 */
public record StatisticRequest(List<Measure> measures, Axis axis, Axis series, Long fieldId, ReportPeriod period,
        List<Long> queueIds, List<Long> stateIds) implements Serializable {

    /** The most measures one statistic compares. */
    public static final int MAX_MEASURES = 4;

    public StatisticRequest {
        measures = measures == null ? List.of() : measures.stream().filter(java.util.Objects::nonNull).distinct().toList();
        queueIds = queueIds == null ? List.of() : List.copyOf(queueIds);
        stateIds = stateIds == null ? List.of() : List.copyOf(stateIds);
    }

    /** One measure over an axis and series, restricted to queues. */
    public StatisticRequest(Measure measure, Axis axis, Axis series, ReportPeriod period, List<Long> queueIds) {
        this(measure == null ? List.of() : List.of(measure), axis, series, null, period, queueIds, List.of());
    }

    /** Whether the series are the measures (several compared) rather than an attribute. */
    public boolean comparesMeasures() {
        return measures.size() > 1;
    }
}
