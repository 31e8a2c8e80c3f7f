package org.helpdesk.report;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * One run of the SLA report: its parameters (the period as instants of the desk's time zone, the
 * grouping, the queues and types it is restricted to), who started it, and how its batch job went.
 * The job reads everything from here, so a restarted run computes exactly what the first one would.
 */
@Entity
@Table(name = "report_run")
@NamedQuery(name = "ReportRun.latest", query = "SELECT r FROM ReportRun r ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(name = "ReportRun.count", query = "SELECT COUNT(r) FROM ReportRun r")
public class ReportRun extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "execution_id")
    private Long executionId;

    /** About how many milestones the period has: what the progress bar counts towards. */
    @Column(nullable = false)
    private long expected;

    @Column(name = "period_from", nullable = false)
    private Instant from;

    @Column(name = "period_to", nullable = false)
    private Instant to;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_by", nullable = false, length = 20)
    private Grouping grouping;

    @Column(name = "queue_ids", length = 1000)
    private String queueIds;

    @Column(name = "type_ids", length = 1000)
    private String typeIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    @Column(length = 1000)
    private String error;

    @Column(name = "started_by", nullable = false, length = 200)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** The schedule that started this run, whose recipients get it by mail once it has finished. */
    @Column(name = "schedule_id")
    private Long scheduleId;

    @Column(nullable = false)
    private boolean delivered;

    /** The server whose job execution works (or worked) for this run. */
    @Column(length = 100)
    private String node;

    protected ReportRun() {
    }

    ReportRun(ReportPeriod period, Grouping grouping, List<Long> queueIds, List<Long> typeIds, String startedBy, Instant now) {
        this.from = period.from();
        this.to = period.to();
        this.timeZone = period.zone().getId();
        this.grouping = grouping;
        this.queueIds = join(queueIds);
        this.typeIds = join(typeIds);
        this.status = RunStatus.STARTING;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    private static String join(List<Long> ids) {
        return ReportSchedule.join(ids);
    }

    private static List<Long> split(String ids) {
        return ReportSchedule.split(ids);
    }

    /** A run the schedule started, to be mailed to its recipients. */
    static ReportRun scheduled(ReportSchedule schedule, ReportPeriod period, Instant now) {
        ReportRun run = new ReportRun(period, schedule.getGrouping(), schedule.getQueueIds(), schedule.getTypeIds(),
                schedule.getCreatedBy(), now);
        run.scheduleId = schedule.getId();
        return run;
    }

    void delivered() {
        delivered = true;
    }

    public String getNode() {
        return node;
    }

    public Long getScheduleId() {
        return scheduleId;
    }

    public boolean isDelivered() {
        return delivered;
    }

    /** A job execution was asked to work for this run: started, or restarted after a stop or failure. */
    void launched(long executionId) {
        this.executionId = executionId;
        if (!status.isActive()) {
            this.status = RunStatus.STARTING;
            this.error = null;
            this.finishedAt = null;
        }
    }

    void runsOn(String node) {
        this.node = node;
    }

    void started(long executionId, long expected, String node) {
        this.executionId = executionId;
        this.node = node;
        this.expected = expected;
        this.status = RunStatus.RUNNING;
        this.error = null;
        this.finishedAt = null;
    }

    void ended(RunStatus status, Instant at) {
        this.status = status;
        this.finishedAt = at;
    }

    void failedWith(String error) {
        this.error = error == null || error.length() <= 1000 ? error : error.substring(0, 1000);
    }

    public Long getExecutionId() {
        return executionId;
    }

    public long getExpected() {
        return expected;
    }

    public Instant getFrom() {
        return from;
    }

    public Instant getTo() {
        return to;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public ReportPeriod getPeriod() {
        return new ReportPeriod(from, to, java.time.ZoneId.of(timeZone));
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public List<Long> getQueueIds() {
        return split(queueIds);
    }

    public List<Long> getTypeIds() {
        return split(typeIds);
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getError() {
        return error;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
