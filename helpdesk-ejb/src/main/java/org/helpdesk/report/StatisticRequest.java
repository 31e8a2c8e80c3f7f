package org.helpdesk.report;

import java.io.Serializable;
import java.util.List;

/**
 * A statistic as the manager builds it: the measure, the X axis, an optional series (a ticket attribute),
 * the period and the queues it is restricted to (none: all).
 */
public record StatisticRequest(Measure measure, Axis axis, Axis series, ReportPeriod period, List<Long> queueIds)
        implements Serializable {

    public StatisticRequest {
        queueIds = queueIds == null ? List.of() : List.copyOf(queueIds);
    }
}
