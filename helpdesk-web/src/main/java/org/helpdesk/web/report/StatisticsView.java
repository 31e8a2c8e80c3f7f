package org.helpdesk.web.report;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.helpdesk.report.Axis;
import org.helpdesk.report.Choice;
import org.helpdesk.report.Measure;
import org.helpdesk.report.ReportDocuments;
import org.helpdesk.report.ReportPeriod;
import org.helpdesk.report.ReportService;
import org.helpdesk.report.Statistic;
import org.helpdesk.report.StatisticDocuments;
import org.helpdesk.report.StatisticDocuments.ChartType;
import org.helpdesk.report.StatisticRequest;
import org.helpdesk.report.StatisticsService;
import org.helpdesk.web.shared.LanguageView;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Managers: a statistic built from measure, X axis, series and restrictions, previewed at once as a table and a
 * PrimeFaces (Chart.js) chart; CSV and PDF of what the preview shows. The dashboards fill the form with a
 * ready-made statistic.
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

    private Measure measure = Measure.CREATED;
    private Axis axis = Axis.DAY;
    private Axis series;
    private ChartType chartType = ChartType.BAR;
    private LocalDate from;
    private LocalDate to;
    private List<Long> queueIds = new ArrayList<>();
    private List<Choice> queues;
    private Statistic statistic;

    public void load() {
        queues = reports.queueChoices();
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
        return new StatisticRequest(measure, axis, series, ReportPeriod.days(from, to, reports.zone()), queueIds);
    }

    /** A ready-made statistic (the managers' dashboards), shown at once. */
    public void preset(String name) {
        LocalDate today = LocalDate.now(reports.zone());
        series = null;
        queueIds = new ArrayList<>();
        switch (name) {
            case "trend" -> set(Measure.CREATED, Axis.DAY, ChartType.LINE, today.minusDays(29), today);
            case "sla" -> set(Measure.SOLUTION_MET, Axis.MONTH, ChartType.BAR, today.withDayOfMonth(1).minusMonths(11), today);
            case "services" -> set(Measure.CREATED, Axis.SERVICE, ChartType.PIE, today.minusDays(89), today);
            case "escalations" -> set(Measure.MOVED_UP, Axis.MONTH, ChartType.BAR, today.withDayOfMonth(1).minusMonths(11), today);
            default -> throw new IllegalArgumentException(name);
        }
        preview();
    }

    private void set(Measure measure, Axis axis, ChartType type, LocalDate from, LocalDate to) {
        this.measure = measure;
        this.axis = axis;
        this.chartType = type;
        this.from = from;
        this.to = to;
    }

    /** The Chart.js configuration of the preview, as PrimeFaces' chart component takes it. */
    public String getChartJson() {
        if (statistic == null) {
            return "{}";
        }
        boolean pie = chartType == ChartType.PIE;
        JsonArrayBuilder labels = Json.createArrayBuilder();
        statistic.xLabels().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int seriesCount = pie ? 1 : statistic.seriesLabels().size();
        for (int s = 0; s < seriesCount; s++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            JsonArrayBuilder colours = Json.createArrayBuilder();
            for (int x = 0; x < statistic.xLabels().size(); x++) {
                Double value = statistic.value(x, s);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
                colours.add(COLOURS[x % COLOURS.length]);
            }
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", statistic.seriesLabels().get(s)).add("data", data);
            if (pie) {
                dataset.add("backgroundColor", colours);
            } else {
                dataset.add("backgroundColor", COLOURS[s % COLOURS.length]).add("borderColor", COLOURS[s % COLOURS.length]);
            }
            datasets.add(dataset);
        }
        return Json.createObjectBuilder().add("type", chartType.name().toLowerCase())
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("maintainAspectRatio", false))
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
        return StatisticsService.MAX_CATEGORIES;
    }

    public int getMaxSeries() {
        return StatisticsService.MAX_SERIES;
    }

    public Measure[] getMeasures() {
        return Measure.values();
    }

    public Axis[] getAxes() {
        return Axis.values();
    }

    /** The attributes a series can run over: not time, not the X axis. */
    public List<Axis> getSeriesAxes() {
        return java.util.Arrays.stream(Axis.values()).filter(a -> !a.isTime() && a != axis).toList();
    }

    public ChartType[] getChartTypes() {
        return ChartType.values();
    }

    public Measure getMeasure() {
        return measure;
    }

    public void setMeasure(Measure measure) {
        this.measure = measure;
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
