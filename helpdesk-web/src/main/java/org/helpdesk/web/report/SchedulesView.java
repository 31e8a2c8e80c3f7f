package org.helpdesk.web.report;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.AgentSummary;
import org.helpdesk.report.Choice;
import org.helpdesk.report.Frequency;
import org.helpdesk.report.Grouping;
import org.helpdesk.report.ReportSchedule;
import org.helpdesk.report.ReportService;
import org.helpdesk.report.ScheduleForm;
import org.helpdesk.report.StatisticsService;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Managers: the scheduled reports, and the form to make or change one. */
@Named
@ViewScoped
public class SchedulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportService reports;

    @EJB
    StatisticsService statistics;

    @Inject
    Texts texts;

    @Inject
    LanguageView language;

    private PagedModel<ReportSchedule> schedules;
    private List<Choice> savedStatistics;
    private boolean editing;
    private Long id;
    private long version;
    private String name;
    private Long statisticId;
    private Grouping grouping = Grouping.QUEUE;
    private List<Long> queueIds = new ArrayList<>();
    private List<Long> typeIds = new ArrayList<>();
    private Frequency frequency = Frequency.MONTHLY;
    private DayOfWeek dayOfWeek = DayOfWeek.MONDAY;
    private Integer dayOfMonth = 1;
    private LocalTime time = LocalTime.of(7, 0);
    private String timeZone;
    private List<AgentSummary> recipients = new ArrayList<>();
    private String addresses;
    private String mailLanguage;
    private boolean valid = true;

    public void load() {
        schedules = new PagedModel<>(reports::schedules);
        if (reports.maySchedule()) {
            savedStatistics = statistics.saved();
        }
    }

    public void create() {
        editing = true;
        id = null;
        version = 0;
        name = texts.get("report.schedule.defaultName");
        statisticId = null;
        grouping = Grouping.QUEUE;
        queueIds = new ArrayList<>();
        typeIds = new ArrayList<>();
        frequency = Frequency.MONTHLY;
        dayOfWeek = DayOfWeek.MONDAY;
        dayOfMonth = 1;
        time = LocalTime.of(7, 0);
        timeZone = reports.zone().getId();
        recipients = new ArrayList<>();
        addresses = null;
        mailLanguage = language.getLanguage();
        valid = true;
    }

    public void edit(long scheduleId) {
        ScheduleForm form = reports.schedule(scheduleId).toForm();
        editing = true;
        id = form.id();
        version = form.version();
        name = form.name();
        statisticId = form.statisticId();
        grouping = form.grouping() == null ? Grouping.QUEUE : form.grouping();
        queueIds = new ArrayList<>(form.queueIds());
        typeIds = new ArrayList<>(form.typeIds());
        frequency = form.frequency();
        dayOfWeek = form.dayOfWeek() == null ? DayOfWeek.MONDAY : form.dayOfWeek();
        dayOfMonth = form.dayOfMonth() == null ? 1 : form.dayOfMonth();
        time = form.time();
        timeZone = form.timeZone();
        recipients = new ArrayList<>(reports.recipients(form.agentIds()));
        addresses = form.addresses();
        mailLanguage = form.language();
        valid = form.valid();
    }

    public void save() {
        reports.saveSchedule(new ScheduleForm(id, version, name, statisticId, grouping, queueIds, typeIds, frequency, dayOfWeek, dayOfMonth,
                time, timeZone, recipients.stream().map(AgentSummary::id).toList(), addresses, mailLanguage, valid));
        editing = false;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public void delete(long scheduleId) {
        reports.deleteSchedule(scheduleId);
        editing = false;
    }

    public void cancel() {
        editing = false;
    }

    /** When a schedule runs, as the reader says it: "monthly, day 1, 07:00 (America/Lima)". */
    public String when(ReportSchedule schedule) {
        ScheduleForm form = schedule.toForm();
        String day = switch (form.frequency()) {
            case DAILY -> "";
            case WEEKLY -> ", " + form.dayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, language.getLocale());
            case MONTHLY -> ", " + texts.get("report.schedule.day", form.dayOfMonth());
        };
        return texts.get("report.frequency." + form.frequency()) + day + ", " + form.time() + " (" + form.timeZone() + ")";
    }

    public Frequency[] getFrequencies() {
        return Frequency.values();
    }

    public DayOfWeek[] getDaysOfWeek() {
        return DayOfWeek.values();
    }

    public String dayName(DayOfWeek day) {
        return day.getDisplayName(java.time.format.TextStyle.FULL, language.getLocale());
    }

    public PagedModel<ReportSchedule> getSchedules() {
        return schedules;
    }

    /** What a schedule mails, as the list says it: the SLA report's grouping or the statistic's name. */
    public String what(ReportSchedule schedule) {
        return schedule.getStatistic() != null ? schedule.getStatistic().getName()
                : texts.get("report.schedule.slaReport") + " · " + texts.get("report.grouping." + schedule.getGrouping());
    }

    public List<Choice> getSavedStatistics() {
        return savedStatistics;
    }

    public Long getStatisticId() {
        return statisticId;
    }

    public void setStatisticId(Long statisticId) {
        this.statisticId = statisticId;
    }

    public List<Long> getQueueIds() {
        return queueIds;
    }

    public void setQueueIds(List<Long> queueIds) {
        this.queueIds = queueIds;
    }

    public List<Long> getTypeIds() {
        return typeIds;
    }

    public void setTypeIds(List<Long> typeIds) {
        this.typeIds = typeIds;
    }

    public List<AgentSummary> completeRecipient(String term) {
        return reports.recipientChoices(term);
    }

    public boolean isEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public DayOfWeek getDayOfWeek() {
        return dayOfWeek;
    }

    public void setDayOfWeek(DayOfWeek dayOfWeek) {
        this.dayOfWeek = dayOfWeek;
    }

    public Integer getDayOfMonth() {
        return dayOfMonth;
    }

    public void setDayOfMonth(Integer dayOfMonth) {
        this.dayOfMonth = dayOfMonth;
    }

    public LocalTime getTime() {
        return time;
    }

    public void setTime(LocalTime time) {
        this.time = time;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public List<AgentSummary> getRecipients() {
        return recipients;
    }

    public void setRecipients(List<AgentSummary> recipients) {
        this.recipients = recipients;
    }

    public String getAddresses() {
        return addresses;
    }

    public void setAddresses(String addresses) {
        this.addresses = addresses;
    }

    public String getMailLanguage() {
        return mailLanguage;
    }

    public void setMailLanguage(String mailLanguage) {
        this.mailLanguage = mailLanguage;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
