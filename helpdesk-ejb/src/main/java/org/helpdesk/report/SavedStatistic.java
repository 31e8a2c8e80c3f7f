package org.helpdesk.report;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.report.StatisticDocuments.ChartType;
import org.helpdesk.shared.BaseEntity;

/** A statistic a manager saved by name, to open again or to mail on a schedule ({@link ReportSchedule#getStatistic()}). */
@Entity
@Table(name = "report_statistic")
@NamedQuery(name = "SavedStatistic.byName", query = "SELECT s FROM SavedStatistic s WHERE s.name = :name")
@NamedQuery(name = "SavedStatistic.choices",
        query = "SELECT NEW org.helpdesk.report.Choice(s.id, s.name) FROM SavedStatistic s ORDER BY s.name, s.id")
public class SavedStatistic extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    /** The measures' names, separated by commas. */
    @Column(nullable = false, length = 200)
    private String measures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Axis axis;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Axis series;

    @Column(name = "field_id")
    private Long fieldId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StatisticSpan span;

    @Column(name = "queue_ids", length = 1000)
    private String queueIds;

    @Column(name = "state_ids", length = 1000)
    private String stateIds;

    @Enumerated(EnumType.STRING)
    @Column(name = "chart_type", nullable = false, length = 10)
    private ChartType chartType;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SavedStatistic() {
    }

    SavedStatistic(String name, String createdBy) {
        this.name = name;
        this.createdBy = createdBy;
    }

    void change(StatisticForm form, Instant now) {
        measures = form.measures().stream().map(Enum::name).collect(Collectors.joining(","));
        axis = form.axis();
        series = form.series();
        fieldId = form.fieldId();
        span = form.span();
        queueIds = ReportSchedule.join(form.queueIds());
        stateIds = ReportSchedule.join(form.stateIds());
        chartType = form.chartType();
        changedAt = now;
    }

    /** The form it was saved from, to show it again. */
    public StatisticForm toForm() {
        return new StatisticForm(name, Arrays.stream(measures.split(",")).map(Measure::valueOf).toList(), axis, series, fieldId, span,
                ReportSchedule.split(queueIds), ReportSchedule.split(stateIds), chartType);
    }

    public String getName() {
        return name;
    }

    public StatisticSpan getSpan() {
        return span;
    }

    public ChartType getChartType() {
        return chartType;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public List<Long> getQueueIds() {
        return ReportSchedule.split(queueIds);
    }
}
