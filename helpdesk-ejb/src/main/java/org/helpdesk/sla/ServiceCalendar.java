package org.helpdesk.sla;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/**
 * A business calendar as administrators keep it: a time zone, working hours and holidays in the
 * text form of {@link CalendarSpec}. Queues and SLAs name one; their targets count its business
 * minutes only.
 */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "service_calendar")
@NamedQuery(name = "ServiceCalendar.all", query = "SELECT c FROM ServiceCalendar c ORDER BY c.name")
@NamedQuery(name = "ServiceCalendar.count", query = "SELECT COUNT(c) FROM ServiceCalendar c")
@NamedQuery(name = "ServiceCalendar.byName", query = "SELECT c FROM ServiceCalendar c WHERE c.name = :name")
public class ServiceCalendar extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PARSED = 100;
    private static final Map<List<String>, BusinessCalendar> PARSED = new ConcurrentHashMap<>();

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "working_hours", nullable = false, length = 1000)
    private String workingHours;

    @Column
    private String holidays;

    @Column(nullable = false)
    private boolean valid = true;

    @Transient
    private transient BusinessCalendar calendar;

    protected ServiceCalendar() {
    }

    /** A calendar; {@link IllegalArgumentException} when the zone, hours or holidays cannot be read. */
    public ServiceCalendar(String name, String timeZone, String workingHours, String holidays) {
        define(name, timeZone, workingHours, holidays);
    }

    public void define(String name, String timeZone, String workingHours, String holidays) {
        BusinessCalendar parsed = parse(timeZone, workingHours, holidays);
        this.name = name;
        this.timeZone = timeZone;
        this.workingHours = workingHours;
        this.holidays = holidays == null || holidays.isBlank() ? null : holidays;
        this.calendar = parsed;
    }

    /** The calendar for business-time arithmetic. */
    public BusinessCalendar toBusinessCalendar() {
        if (calendar == null) {
            calendar = parse(timeZone, workingHours, holidays);
        }
        return calendar;
    }

    /**
     * The calendar its texts describe, read once per distinct text: every new ticket reads its queue's calendar
     * again (with no shared cache), and reading the texts cost 5 % of a ticket's creation (BENCHMARKS.md).
     * {@link BusinessCalendar} is immutable, so one is shared; the few a desk has are kept.
     */
    private static BusinessCalendar parse(String timeZone, String workingHours, String holidays) {
        if (PARSED.size() > MAX_PARSED) {
            PARSED.clear();
        }
        String days = holidays == null || holidays.isBlank() ? null : holidays;
        return PARSED.computeIfAbsent(Arrays.asList(timeZone, workingHours, days),
                texts -> new BusinessCalendar(ZoneId.of(timeZone), CalendarSpec.workingHours(workingHours),
                        CalendarSpec.holidays(days), CalendarSpec.yearlyHolidays(days)));
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getWorkingHours() {
        return workingHours;
    }

    public String getHolidays() {
        return holidays;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
