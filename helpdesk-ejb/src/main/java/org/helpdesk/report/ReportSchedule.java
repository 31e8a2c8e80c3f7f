package org.helpdesk.report;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * A report a manager has scheduled: which SLA report (or which saved statistic), when ({@link Recurrence}) and who gets it by mail.
 * The scheduler starts it when {@link #getNextDueAt()} has come and moves that on at once, so each due
 * time gives one run, whichever server of a cluster takes it.
 */
@Entity
@Table(name = "report_schedule")
@NamedQuery(name = "ReportSchedule.all", query = "SELECT s FROM ReportSchedule s ORDER BY s.name, s.id")
@NamedQuery(name = "ReportSchedule.count", query = "SELECT COUNT(s) FROM ReportSchedule s")
@NamedQuery(name = "ReportSchedule.due",
        query = "SELECT s.id FROM ReportSchedule s WHERE s.valid = TRUE AND s.nextDueAt <= :now ORDER BY s.nextDueAt")
public class ReportSchedule extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    /** The saved statistic it mails; null for the SLA report by {@link #grouping}. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "statistic_id")
    private SavedStatistic statistic;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_by", length = 20)
    private Grouping grouping;

    @Column(name = "queue_ids", length = 1000)
    private String queueIds;

    @Column(name = "type_ids", length = 1000)
    private String typeIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Frequency frequency;

    @Column(name = "day_of_week")
    private Integer dayOfWeek;

    @Column(name = "day_of_month")
    private Integer dayOfMonth;

    @Column(name = "time_of_day", nullable = false, length = 5)
    private String timeOfDay;

    @Column(name = "time_zone", nullable = false, length = 60)
    private String timeZone;

    @Column(name = "agent_ids", length = 1000)
    private String agentIds;

    /** Further recipients, separated by commas: the mail to them is in {@link #getLanguage()}. */
    @Column(length = 2000)
    private String addresses;

    @Column(nullable = false, length = 5)
    private String language;

    @Column(name = "next_due_at", nullable = false)
    private Instant nextDueAt;

    @Column(nullable = false)
    private boolean valid;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    protected ReportSchedule() {
    }

    ReportSchedule(String createdBy) {
        this.createdBy = createdBy;
    }

    /** Takes the form's values (checked by the service) and works out the next due time after {@code now}. */
    void change(ScheduleForm form, SavedStatistic statistic, List<String> addressList, Instant now) {
        this.name = form.name().trim();
        this.statistic = statistic;
        this.grouping = statistic == null ? form.grouping() : null;
        this.queueIds = statistic == null ? join(form.queueIds()) : null;
        this.typeIds = statistic == null ? join(form.typeIds()) : null;
        this.frequency = form.frequency();
        this.dayOfWeek = form.frequency() == Frequency.WEEKLY ? form.dayOfWeek().getValue() : null;
        this.dayOfMonth = form.frequency() == Frequency.MONTHLY ? form.dayOfMonth() : null;
        this.timeOfDay = form.time().withSecond(0).withNano(0).toString();
        this.timeZone = form.timeZone();
        this.agentIds = join(form.agentIds());
        this.addresses = addressList.isEmpty() ? null : String.join(", ", addressList);
        this.language = form.language();
        this.valid = form.valid();
        this.nextDueAt = getRecurrence().next(now);
    }

    /** A run was started for the due time: the next one is the first after it. */
    void started(Instant now) {
        nextDueAt = getRecurrence().next(now);
    }

    static String join(List<Long> ids) {
        return ids == null || ids.isEmpty() ? null : ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> split(String ids) {
        return ids == null ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
    }

    public Recurrence getRecurrence() {
        return new Recurrence(frequency, dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek), dayOfMonth,
                LocalTime.parse(timeOfDay), ZoneId.of(timeZone));
    }

    /** The form to edit this schedule with. */
    public ScheduleForm toForm() {
        return new ScheduleForm(getId(), getVersion(), name, statistic == null ? null : statistic.getId(), grouping, getQueueIds(), getTypeIds(), frequency,
                dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek), dayOfMonth, LocalTime.parse(timeOfDay), timeZone,
                getAgentIds(), addresses, language, valid);
    }

    public String getName() {
        return name;
    }

    public SavedStatistic getStatistic() {
        return statistic;
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

    public Frequency getFrequency() {
        return frequency;
    }

    public List<Long> getAgentIds() {
        return split(agentIds);
    }

    public List<String> getAddresses() {
        return addresses == null ? List.of() : Arrays.stream(addresses.split(",")).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }

    public String getLanguage() {
        return language;
    }

    public Instant getNextDueAt() {
        return nextDueAt;
    }

    public boolean isValid() {
        return valid;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
