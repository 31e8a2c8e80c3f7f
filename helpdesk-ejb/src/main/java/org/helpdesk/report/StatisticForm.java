package org.helpdesk.report;

import java.io.Serializable;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.helpdesk.report.StatisticDocuments.ChartType;

/**
 * A statistic to save under a name: what the preview shows (measures, axis, series, field, restrictions,
 * chart) with a period relative to the day it is shown or mailed.
 */
public record StatisticForm(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        List<Measure> measures, Axis axis, Axis series, Long fieldId,
        @NotNull(message = "{report.stats.spanRequired}") StatisticSpan span, List<Long> queueIds, List<Long> stateIds,
        @NotNull(message = "{validation.required}") ChartType chartType) implements Serializable {

    /** The statistic over the span as it stands on {@code today}. */
    public StatisticRequest request(java.time.LocalDate today, java.time.ZoneId zone) {
        return new StatisticRequest(measures, axis, series, fieldId, span.period(today, zone), queueIds, stateIds);
    }
}
