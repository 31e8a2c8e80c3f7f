package org.helpdesk.web.report;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.helpdesk.report.Axis;
import org.helpdesk.report.Choice;
import org.helpdesk.report.Measure;
import org.helpdesk.report.ReportDocuments;
import org.helpdesk.report.ReportPeriod;
import org.helpdesk.report.ReportService;
import org.helpdesk.report.SavedStatistic;
import org.helpdesk.report.Statistic;
import org.helpdesk.report.StatisticDocuments;
import org.helpdesk.report.StatisticEngine;
import org.helpdesk.report.StatisticDocuments.ChartType;
import org.helpdesk.report.StatisticForm;
import org.helpdesk.report.StatisticRequest;
import org.helpdesk.report.StatisticSpan;
import org.helpdesk.report.StatisticsService;
import org.helpdesk.shared.Jsons;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Managers: a statistic built from measures, X axis, series and restrictions, previewed at once as a table and a
 * PrimeFaces (Chart.js) chart; CSV and PDF of what the preview shows; saved statistics to open again (and to
 * schedule on the reports page). The dashboards fill the form with a ready-made statistic.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The desk's chart colours (as in the PDF), as CSS. */
    private static final String[] COLOURS = java.util.Arrays.stream(ReportDocuments.COLOURS)
            .map(c -> String.format("#%06x", c.getRGB() & 0xffffff)).toArray(String[]::new);

    @EJB
    StatisticsService statistics;

    @EJB
    ReportService reports;

    @Inject
    LanguageView language;

    @Inject
    Texts texts;

    private Measure[] measures = {Measure.CREATED};
    private Axis axis = Axis.DAY;
    private Axis series;
    private Long fieldId;
    private ChartType chartType = ChartType.BAR;
    /** The relative period the dates follow; null for dates of the manager's own. */
    private StatisticSpan span;
    private LocalDate from;
    private LocalDate to;
    private List<Long> queueIds = new ArrayList<>();
    private List<Long> stateIds = new ArrayList<>();
    private List<Choice> queues;
    private List<Choice> states;
    private List<Choice> fields;
    private List<Choice> saved;
    private Long savedId;
    private String saveName;
    private Statistic statistic;

    public void load() {
        queues = reports.queueChoices();
        states = statistics.stateChoices(language.getLocale());
        fields = statistics.fieldChoices(language.getLocale());
        saved = statistics.saved();
        if (!fields.isEmpty() && fieldId == null) {
            fieldId = fields.get(0).id();
        }
        LocalDate today = LocalDate.now(reports.zone());
        if (to == null) {
            to = today;
            from = today.minusDays(29);
        }
        preview();
    }

    public void preview() {
        statistic = statistics.compute(request(), language.getLocale());
    }

    StatisticRequest request() {
        return new StatisticRequest(measureList(), axis, series, fieldId, ReportPeriod.days(from, to, reports.zone()), queueIds, stateIds);
    }

    /** The measures ticked (none when the manager unticked them all: the service says one is needed). */
    private List<Measure> measureList() {
        return measures == null ? List.of() : List.of(measures);
    }

    /** The dates follow the relative period chosen. */
    public void spanChanged() {
        if (span != null) {
            ReportPeriod period = span.period(LocalDate.now(reports.zone()), reports.zone());
            from = period.firstDay();
            to = period.lastDay();
        }
    }

    /** A ready-made statistic (the managers' dashboards), shown at once. */
    public void preset(String name) {
        LocalDate today = LocalDate.now(reports.zone());
        series = null;
        span = null;
        queueIds = new ArrayList<>();
        stateIds = new ArrayList<>();
        LocalDate yearAgo = today.withDayOfMonth(1).minusMonths(11);
        switch (name) {
            case "trend" -> set(List.of(Measure.CREATED, Measure.CLOSED), Axis.DAY, ChartType.LINE, today.minusDays(29), today);
            case "backlog" -> {
                set(List.of(Measure.OPEN_NOW), Axis.QUEUE, ChartType.BAR, today.minusDays(29), today);
                series = Axis.STATE;
            }
            case "sla" -> set(List.of(Measure.SOLUTION_MET), Axis.MONTH, ChartType.BAR, yearAgo, today);
            case "services" -> set(List.of(Measure.CREATED), Axis.SERVICE, ChartType.PIE, today.minusDays(89), today);
            case "firstLine" -> set(List.of(Measure.CLOSED_FIRST_LINE, Measure.MOVED_UP), Axis.MONTH, ChartType.BAR, yearAgo, today);
            default -> throw new IllegalArgumentException(name);
        }
        preview();
    }

    private void set(List<Measure> measures, Axis axis, ChartType type, LocalDate from, LocalDate to) {
        this.measures = measures.toArray(Measure[]::new);
        this.axis = axis;
        this.chartType = type;
        this.from = from;
        this.to = to;
    }

    /** Saves what the form shows under the name given, with its relative period. */
    public void save() {
        SavedStatistic kept = statistics.save(new StatisticForm(saveName, measureList(), axis, series, fieldId, span, queueIds,
                stateIds, chartType), language.getLocale());
        saved = statistics.saved();
        savedId = kept.getId();
        preview();
        info(texts.get("report.stats.savedAs", kept.getName()));
    }

    /** Shows a saved statistic over its relative period as it stands today. */
    public void open() {
        if (savedId == null) {
            return;
        }
        SavedStatistic kept = statistics.saved(savedId);
        StatisticForm form = kept.toForm();
        measures = form.measures().toArray(Measure[]::new);
        axis = form.axis();
        series = form.series();
        if (form.fieldId() != null) {
            fieldId = form.fieldId();
        }
        span = form.span();
        queueIds = new ArrayList<>(form.queueIds());
        stateIds = new ArrayList<>(form.stateIds());
        chartType = form.chartType();
        saveName = form.name();
        spanChanged();
        preview();
    }

    public void deleteSaved() {
        if (savedId == null) {
            return;
        }
        statistics.deleteSaved(savedId);
        savedId = null;
        saved = statistics.saved();
        info(texts.get("report.stats.deleted"));
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** The Chart.js configuration of the preview, as PrimeFaces' chart component takes it. */
    public String getChartJson() {
        if (statistic == null) {
            return "{}";
        }
        boolean pie = chartType == ChartType.PIE;
        JsonArrayBuilder labels = Jsons.array();
        statistic.xLabels().forEach(labels::add);
        JsonArrayBuilder datasets = Jsons.array();
        int seriesCount = pie ? 1 : statistic.seriesLabels().size();
        for (int s = 0; s < seriesCount; s++) {
            JsonArrayBuilder data = Jsons.array();
            JsonArrayBuilder colours = Jsons.array();
            for (int x = 0; x < statistic.xLabels().size(); x++) {
                Double value = statistic.value(x, s);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
                colours.add(COLOURS[x % COLOURS.length]);
            }
            JsonObjectBuilder dataset = Jsons.object().add("label", statistic.seriesLabels().get(s)).add("data", data);
            if (pie) {
                dataset.add("backgroundColor", colours);
            } else {
                dataset.add("backgroundColor", COLOURS[s % COLOURS.length]).add("borderColor", COLOURS[s % COLOURS.length]);
            }
            datasets.add(dataset);
        }
        return Jsons.object().add("type", chartType.name().toLowerCase())
                .add("data", Jsons.object().add("labels", labels).add("datasets", datasets))
                .add("options", Jsons.object().add("animation", false).add("maintainAspectRatio", false))
                .build().toString();
    }

    public StreamedContent getCsv() {
        StatisticRequest request = request();
        return DefaultStreamedContent.builder().name("estadistica.csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(statistics.csv(request, language.getLocale()))).build();
    }

    public StreamedContent getPdf() {
        StatisticRequest request = request();
        ChartType type = chartType;
        return DefaultStreamedContent.builder().name("estadistica.pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(statistics.pdf(request, type, language.getLocale()))).build();
    }

    public List<String> getHeader() {
        return statistic == null ? List.of() : StatisticDocuments.header(statistic, language.getLocale());
    }

    public List<List<String>> getRecords() {
        return statistic == null ? List.of() : StatisticDocuments.records(statistic, language.getLocale());
    }

    public Statistic getStatistic() {
        return statistic;
    }

    public int getMaxCategories() {
        return StatisticEngine.MAX_CATEGORIES;
    }

    public int getMaxSeries() {
        return StatisticEngine.MAX_SERIES;
    }

    /** The axes to offer: a dynamic field only when there is a dropdown field. */
    public List<Axis> getAxes() {
        return java.util.Arrays.stream(Axis.values()).filter(a -> a != Axis.FIELD || !fields.isEmpty()).toList();
    }

    /** The attributes a series can run over: not time, not the X axis. */
    public List<Axis> getSeriesAxes() {
        return getAxes().stream().filter(a -> !a.isTime() && a != axis).toList();
    }

    public ChartType[] getChartTypes() {
        return ChartType.values();
    }

    public Measure[] getMeasures() {
        return measures;
    }

    public void setMeasures(Measure[] measures) {
        this.measures = measures;
    }

    public Measure[] getAllMeasures() {
        return Measure.values();
    }

    public StatisticSpan[] getSpans() {
        return StatisticSpan.values();
    }

    public StatisticSpan getSpan() {
        return span;
    }

    public void setSpan(StatisticSpan span) {
        this.span = span;
    }

    public Long getFieldId() {
        return fieldId;
    }

    public void setFieldId(Long fieldId) {
        this.fieldId = fieldId;
    }

    public List<Long> getStateIds() {
        return stateIds;
    }

    public void setStateIds(List<Long> stateIds) {
        this.stateIds = stateIds;
    }

    public List<Choice> getStates() {
        return states;
    }

    public List<Choice> getFields() {
        return fields;
    }

    public List<Choice> getSaved() {
        return saved;
    }

    public Long getSavedId() {
        return savedId;
    }

    public void setSavedId(Long savedId) {
        this.savedId = savedId;
    }

    public String getSaveName() {
        return saveName;
    }

    public void setSaveName(String saveName) {
        this.saveName = saveName;
    }

    /** Whether the X axis or the series runs over a dynamic field, which is then chosen. */
    public boolean isByField() {
        return axis == Axis.FIELD || series == Axis.FIELD;
    }

    public boolean isMaySave() {
        return reports.maySchedule();
    }

    public Axis getAxis() {
        return axis;
    }

    public void setAxis(Axis axis) {
        this.axis = axis;
    }

    public Axis getSeries() {
        return series;
    }

    public void setSeries(Axis series) {
        this.series = series;
    }

    public ChartType getChartType() {
        return chartType;
    }

    public void setChartType(ChartType chartType) {
        this.chartType = chartType;
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

    public List<Long> getQueueIds() {
        return queueIds;
    }

    public void setQueueIds(List<Long> queueIds) {
        this.queueIds = queueIds;
    }

    public List<Choice> getQueues() {
        return queues;
    }
}
