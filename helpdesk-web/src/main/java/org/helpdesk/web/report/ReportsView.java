package org.helpdesk.web.report;

import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.report.Choice;
import org.helpdesk.report.Grouping;
import org.helpdesk.report.ReportDocuments;
import org.helpdesk.report.ReportPeriod;
import org.helpdesk.report.ReportRow;
import org.helpdesk.report.ReportRun;
import org.helpdesk.report.ReportService;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Managers: the SLA report's parameters, "run now", the runs with their progress, and one run's table and chart. */
@Named
@ViewScoped
public class ReportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which period the form asks for. */
    public enum PeriodChoice {
        LAST_MONTH, LAST_WEEK, THIS_MONTH, CUSTOM
    }

    @EJB
    ReportService reports;

    @Inject
    Texts texts;

    @Inject
    LanguageView language;

    private PeriodChoice periodChoice = PeriodChoice.LAST_MONTH;
    private LocalDate from;
    private LocalDate to;
    private Grouping grouping = Grouping.QUEUE;
    private List<Long> queueIds = new ArrayList<>();
    private List<Long> typeIds = new ArrayList<>();
    private List<Choice> queues;
    private List<Choice> types;
    private boolean maySchedule;
    private PagedModel<ReportRun> runs;
    private Long shownId;
    private ReportRun shown;
    private List<ReportRow> rows = List.of();

    public void load() {
        queues = reports.queueChoices();
        types = reports.typeChoices();
        maySchedule = reports.maySchedule();
        runs = new PagedModel<>(reports::runs);
        if (shownId != null) {
            show(shownId);
        }
    }

    public void run() {
        LocalDate today = LocalDate.now(reports.zone());
        ReportPeriod period = switch (periodChoice) {
            case LAST_MONTH -> ReportPeriod.lastMonth(today, reports.zone());
            case LAST_WEEK -> ReportPeriod.lastWeek(today, reports.zone());
            case THIS_MONTH -> ReportPeriod.days(today.withDayOfMonth(1), today, reports.zone());
            case CUSTOM -> ReportPeriod.days(from, to, reports.zone());
        };
        ReportRun run = reports.start(period, grouping, queueIds, typeIds);
        show(run.getId());
        info("report.started");
    }

    public void stop(long runId) {
        reports.stop(runId);
        info("report.stopped");
    }

    public void restart(long runId) {
        reports.restart(runId);
        show(runId);
        info("report.restarted");
    }

    public void show(long runId) {
        shownId = runId;
        shown = reports.run(runId);
        rows = reports.rows(runId);
    }

    /** Called by the poll while the shown run works: reads its status again, and its rows once it is done. */
    public void refresh() {
        if (shownId != null) {
            show(shownId);
        }
    }

    public ReportService.Progress getProgress() {
        return shownId == null ? null : reports.progress(shownId);
    }

    public boolean isWorking() {
        return shown != null && shown.getStatus().isActive();
    }

    public String label(ReportRow row) {
        return ReportDocuments.label(row, language.getLocale());
    }

    public List<String> values(ReportRow row) {
        return ReportDocuments.values(row, language.getLocale());
    }

    public List<String> getHeadings() {
        return ReportDocuments.headings(language.getLocale());
    }

    public String period(ReportRun run) {
        return ReportDocuments.period(run, language.getLocale());
    }

    /** How long a run took, or has been running, as "1 min 05 s". */
    public String duration(ReportRun run) {
        if (run.getFinishedAt() == null) {
            return "";
        }
        Duration taken = Duration.between(run.getStartedAt(), run.getFinishedAt());
        return taken.toMinutes() == 0 ? taken.toSecondsPart() + " s"
                : taken.toMinutes() + " min " + String.format("%02d", taken.toSecondsPart()) + " s";
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get(key), null));
    }

    public Grouping[] getGroupings() {
        return Grouping.values();
    }

    public PeriodChoice[] getPeriodChoices() {
        return PeriodChoice.values();
    }

    public PeriodChoice getPeriodChoice() {
        return periodChoice;
    }

    public void setPeriodChoice(PeriodChoice periodChoice) {
        this.periodChoice = periodChoice;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Grouping getGrouping() {
        return grouping;
    }

    public void setGrouping(Grouping grouping) {
        this.grouping = grouping;
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

    public List<Choice> getQueues() {
        return queues;
    }

    public List<Choice> getTypes() {
        return types;
    }

    public boolean isMaySchedule() {
        return maySchedule;
    }

    public PagedModel<ReportRun> getRuns() {
        return runs;
    }

    public Long getShownId() {
        return shownId;
    }

    public void setShownId(Long shownId) {
        this.shownId = shownId;
    }

    public ReportRun getShown() {
        return shown;
    }

    public List<ReportRow> getRows() {
        return rows;
    }
}
