package org.helpdesk.sla;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.helpdesk.shared.ValidationException;

/**
 * Escalation targets as queues and SLAs keep them (OTRS): first response, update and solution time
 * in business minutes (empty: no target), and the warning threshold in percent of each.
 */
@Embeddable
public class ServiceTargets implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "first_response_minutes")
    private Integer firstResponseMinutes;

    @Column(name = "update_minutes")
    private Integer updateMinutes;

    @Column(name = "solution_minutes")
    private Integer solutionMinutes;

    @Column(name = "warn_percent", nullable = false)
    private int warnPercent = 80;

    protected ServiceTargets() {
    }

    public ServiceTargets(Integer firstResponseMinutes, Integer updateMinutes, Integer solutionMinutes, int warnPercent) {
        SlaTargets checked = new SlaTargets(firstResponseMinutes, updateMinutes, solutionMinutes, warnPercent);
        this.firstResponseMinutes = checked.firstResponseMinutes();
        this.updateMinutes = checked.updateMinutes();
        this.solutionMinutes = checked.solutionMinutes();
        this.warnPercent = checked.warnPercent();
    }

    /** Whether there is any target at all. */
    public boolean isSet() {
        return firstResponseMinutes != null || updateMinutes != null || solutionMinutes != null;
    }

    public SlaTargets toSlaTargets() {
        return new SlaTargets(firstResponseMinutes, updateMinutes, solutionMinutes, warnPercent);
    }

    public Integer getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public Integer getUpdateMinutes() {
        return updateMinutes;
    }

    public Integer getSolutionMinutes() {
        return solutionMinutes;
    }

    public int getWarnPercent() {
        return warnPercent;
    }

    /** Escalation targets from form values, with a validation error naming the wrong one. */
    public static ServiceTargets of(Integer firstResponseMinutes, Integer updateMinutes, Integer solutionMinutes,
            int warnPercent) {
        requirePositive("firstResponseMinutes", firstResponseMinutes);
        requirePositive("updateMinutes", updateMinutes);
        requirePositive("solutionMinutes", solutionMinutes);
        if (warnPercent < 0 || warnPercent > 100) {
            throw new ValidationException("warnPercent", "validation.range", 0, 100);
        }
        return new ServiceTargets(firstResponseMinutes, updateMinutes, solutionMinutes, warnPercent);
    }

    private static void requirePositive(String field, Integer minutes) {
        if (minutes != null && minutes <= 0) {
            throw new ValidationException(field, "validation.positive");
        }
    }
}
