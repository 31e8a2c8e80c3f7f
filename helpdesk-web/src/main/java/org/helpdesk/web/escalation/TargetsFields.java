package org.helpdesk.web.escalation;

import java.io.Serializable;

import org.helpdesk.sla.ServiceCalendar;
import org.helpdesk.sla.ServiceTargets;

/** The calendar and escalation targets of a queue or an SLA, as edited on the page. */
public class TargetsFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long calendarId;
    private Integer firstResponseMinutes;
    private Integer updateMinutes;
    private Integer solutionMinutes;
    private int warnPercent = 80;

    void fill(ServiceCalendar calendar, ServiceTargets targets) {
        calendarId = calendar == null ? null : calendar.getId();
        firstResponseMinutes = targets.getFirstResponseMinutes();
        updateMinutes = targets.getUpdateMinutes();
        solutionMinutes = targets.getSolutionMinutes();
        warnPercent = targets.getWarnPercent();
    }

    /** The targets, or a validation error naming the wrong field. */
    ServiceTargets targets() {
        return ServiceTargets.of(firstResponseMinutes, updateMinutes, solutionMinutes, warnPercent);
    }

    public Long getCalendarId() {
        return calendarId;
    }

    public void setCalendarId(Long calendarId) {
        this.calendarId = calendarId;
    }

    public Integer getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public void setFirstResponseMinutes(Integer firstResponseMinutes) {
        this.firstResponseMinutes = firstResponseMinutes;
    }

    public Integer getUpdateMinutes() {
        return updateMinutes;
    }

    public void setUpdateMinutes(Integer updateMinutes) {
        this.updateMinutes = updateMinutes;
    }

    public Integer getSolutionMinutes() {
        return solutionMinutes;
    }

    public void setSolutionMinutes(Integer solutionMinutes) {
        this.solutionMinutes = solutionMinutes;
    }

    public int getWarnPercent() {
        return warnPercent;
    }

    public void setWarnPercent(int warnPercent) {
        this.warnPercent = warnPercent;
    }
}
