package org.helpdesk.web.escalation;

import java.io.Serializable;

import org.helpdesk.sla.CalendarForm;

/** A calendar being edited on the page. */
public class CalendarEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final long version;
    private String name;
    private String timeZone;
    private String workingHours;
    private String holidays;
    private boolean valid;

    CalendarEdit(Long id, long version, String name, String timeZone, String workingHours, String holidays, boolean valid) {
        this.id = id;
        this.version = version;
        this.name = name;
        this.timeZone = timeZone;
        this.workingHours = workingHours;
        this.holidays = holidays;
        this.valid = valid;
    }

    CalendarForm toRecord() {
        return new CalendarForm(id, version, name, timeZone, workingHours, holidays, valid);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getWorkingHours() {
        return workingHours;
    }

    public void setWorkingHours(String workingHours) {
        this.workingHours = workingHours;
    }

    public String getHolidays() {
        return holidays;
    }

    public void setHolidays(String holidays) {
        this.holidays = holidays;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
