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

import org.helpdesk.report.Choice;
import org.helpdesk.report.Frequency;
import org.helpdesk.report.Grouping;
import org.helpdesk.report.ReportSchedule;
import org.helpdesk.report.ReportService;
import org.helpdesk.report.ScheduleForm;
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

    @Inject
    Texts texts;

    @Inject
    LanguageView language;

    private PagedModel<ReportSchedule> schedules;
    private List<Choice> agents;
    private boolean editing;
    private Long id;
    private long version;
    private String name;
    private Grouping grouping = Grouping.QUEUE;
    private Frequency frequency = Frequency.MONTHLY;
    private DayOfWeek dayOfWeek = DayOfWeek.MONDAY;
    private Integer dayOfMonth = 1;
    private LocalTime time = LocalTime.of(7, 0);
    private String timeZone;
    private List<Long> agentIds = new ArrayList<>();
    private String addresses;
    private String mailLanguage;
    private boolean valid = true;

    public void load() {
        schedules = new PagedModel<>(reports::schedules);
        if (reports.maySchedule()) {
            agents = reports.agentChoices();
        }
    }

    public void create() {
        editing = true;
        id = null;
        version = 0;
        name = texts.get("report.schedule.defaultName");
        grouping = Grouping.QUEUE;
        frequency = Frequency.MONTHLY;
        dayOfWeek = DayOfWeek.MONDAY;
        dayOfMonth = 1;
        time = LocalTime.of(7, 0);
        timeZone = reports.zone().getId();
        agentIds = new ArrayList<>();
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
        grouping = form.grouping();
        frequency = form.frequency();
        dayOfWeek = form.dayOfWeek() == null ? DayOfWeek.MONDAY : form.dayOfWeek();
        dayOfMonth = form.dayOfMonth() == null ? 1 : form.dayOfMonth();
        time = form.time();
        timeZone = form.timeZone();
        agentIds = new ArrayList<>(form.agentIds());
        addresses = form.addresses();
        mailLanguage = form.language();
        valid = form.valid();
    }

    public void save() {
        reports.saveSchedule(new ScheduleForm(id, version, name, grouping, List.of(), List.of(), frequency, dayOfWeek, dayOfMonth,
                time, timeZone, agentIds, addresses, mailLanguage, valid));
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

    public List<Choice> getAgents() {
        return agents;
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

    public List<Long> getAgentIds() {
        return agentIds;
    }

    public void setAgentIds(List<Long> agentIds) {
        this.agentIds = agentIds;
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
