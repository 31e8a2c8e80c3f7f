package org.helpdesk.web.escalation;

import java.io.Serializable;

import org.helpdesk.queue.Queue;
import org.helpdesk.sla.ServiceTargets;

/** A queue's calendar and escalation targets being edited on the page. */
public class TargetsEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long queueId;
    private long version;
    private String queueName;
    private Long calendarId;
    private Integer firstResponseMinutes;
    private Integer updateMinutes;
    private Integer solutionMinutes;
    private int warnPercent;

    static TargetsEdit of(Queue queue) {
        TargetsEdit edit = new TargetsEdit();
        ServiceTargets targets = queue.getTargets();
        edit.queueId = queue.getId();
        edit.version = queue.getVersion();
        edit.queueName = queue.getName();
        edit.calendarId = queue.getCalendar() == null ? null : queue.getCalendar().getId();
        edit.firstResponseMinutes = targets.getFirstResponseMinutes();
        edit.updateMinutes = targets.getUpdateMinutes();
        edit.solutionMinutes = targets.getSolutionMinutes();
        edit.warnPercent = targets.getWarnPercent();
        return edit;
    }

    public Long getQueueId() {
        return queueId;
    }

    public long getVersion() {
        return version;
    }

    public String getQueueName() {
        return queueName;
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
