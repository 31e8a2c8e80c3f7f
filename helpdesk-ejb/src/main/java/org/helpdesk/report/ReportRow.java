package org.helpdesk.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * One line of a finished SLA report: the figures of one group, or of all ({@link #isTotal()}). Times
 * are business minutes in the ticket's calendar; median and 90th percentile by nearest rank.
 */
@Entity
@Table(name = "report_row")
@NamedQuery(name = "ReportRow.ofRun", query = "SELECT r FROM ReportRow r WHERE r.run.id = :run ORDER BY r.position")
@NamedQuery(name = "ReportRow.deleteOfRun", query = "DELETE FROM ReportRow r WHERE r.run.id = :run")
public class ReportRow extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "run_id", nullable = false)
    private ReportRun run;

    @Column(nullable = false)
    private int position;

    @Column(name = "group_key")
    private Long groupKey;

    /** The group's name when the report ran; empty for tickets without one (no service, no owner...). */
    @Column(nullable = false, length = 255)
    private String label;

    @Column(name = "is_total", nullable = false)
    private boolean total;

    @Column(nullable = false)
    private int created;
    @Column(nullable = false)
    private int closed;
    @Column(nullable = false)
    private int reopened;
    @Column(nullable = false)
    private int backlog;
    @Column(name = "fr_met", nullable = false)
    private int firstResponseMet;
    @Column(name = "fr_breached", nullable = false)
    private int firstResponseBreached;
    @Column(name = "upd_met", nullable = false)
    private int updateMet;
    @Column(name = "upd_breached", nullable = false)
    private int updateBreached;
    @Column(name = "sol_met", nullable = false)
    private int solutionMet;
    @Column(name = "sol_breached", nullable = false)
    private int solutionBreached;
    @Column(nullable = false)
    private int escalations;
    @Column(name = "moved_up", nullable = false)
    private int movedUp;
    @Column(name = "fr_mean")
    private Double firstResponseMean;
    @Column(name = "fr_median")
    private Long firstResponseMedian;
    @Column(name = "fr_p90")
    private Long firstResponseP90;
    @Column(name = "sol_mean")
    private Double solutionMean;
    @Column(name = "sol_median")
    private Long solutionMedian;
    @Column(name = "sol_p90")
    private Long solutionP90;

    protected ReportRow() {
    }

    ReportRow(ReportRun run, int position, Long groupKey, String label, boolean total, Tally tally) {
        this.run = run;
        this.position = position;
        this.groupKey = groupKey;
        this.label = label == null ? "" : label.length() <= 255 ? label : label.substring(0, 255);
        this.total = total;
        this.created = tally.created;
        this.closed = tally.closed;
        this.reopened = tally.reopened;
        this.backlog = tally.backlog;
        this.firstResponseMet = tally.firstResponseMet;
        this.firstResponseBreached = tally.firstResponseBreached;
        this.updateMet = tally.updateMet;
        this.updateBreached = tally.updateBreached;
        this.solutionMet = tally.solutionMet;
        this.solutionBreached = tally.solutionBreached;
        this.escalations = tally.escalations;
        this.movedUp = tally.movedUp;
        this.firstResponseMean = tally.firstResponseTimes.mean();
        this.firstResponseMedian = tally.firstResponseTimes.percentile(50);
        this.firstResponseP90 = tally.firstResponseTimes.percentile(90);
        this.solutionMean = tally.solutionTimes.mean();
        this.solutionMedian = tally.solutionTimes.percentile(50);
        this.solutionP90 = tally.solutionTimes.percentile(90);
    }

    /** The share of met targets in percent, one decimal; null when nothing was measured. */
    static Double percent(int met, int breached) {
        return met + breached == 0 ? null : Math.round(met * 1000.0 / (met + breached)) / 10.0;
    }

    public Double getFirstResponseMetPercent() {
        return percent(firstResponseMet, firstResponseBreached);
    }

    public Double getUpdateMetPercent() {
        return percent(updateMet, updateBreached);
    }

    public Double getSolutionMetPercent() {
        return percent(solutionMet, solutionBreached);
    }

    public ReportRun getRun() {
        return run;
    }

    public int getPosition() {
        return position;
    }

    public Long getGroupKey() {
        return groupKey;
    }

    public String getLabel() {
        return label;
    }

    public boolean isTotal() {
        return total;
    }

    public int getCreated() {
        return created;
    }

    public int getClosed() {
        return closed;
    }

    public int getReopened() {
        return reopened;
    }

    public int getBacklog() {
        return backlog;
    }

    public int getFirstResponseMet() {
        return firstResponseMet;
    }

    public int getFirstResponseBreached() {
        return firstResponseBreached;
    }

    public int getUpdateMet() {
        return updateMet;
    }

    public int getUpdateBreached() {
        return updateBreached;
    }

    public int getSolutionMet() {
        return solutionMet;
    }

    public int getSolutionBreached() {
        return solutionBreached;
    }

    public int getEscalations() {
        return escalations;
    }

    public int getMovedUp() {
        return movedUp;
    }

    public Double getFirstResponseMean() {
        return firstResponseMean;
    }

    public Long getFirstResponseMedian() {
        return firstResponseMedian;
    }

    public Long getFirstResponseP90() {
        return firstResponseP90;
    }

    public Double getSolutionMean() {
        return solutionMean;
    }

    public Long getSolutionMedian() {
        return solutionMedian;
    }

    public Long getSolutionP90() {
        return solutionP90;
    }
}
