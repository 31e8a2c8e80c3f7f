package org.helpdesk.report;

import java.awt.image.BufferedImage;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.helpdesk.shared.Messages;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/** A statistic as a table, CSV and PDF (with its chart drawn as on screen: bars, lines or a pie). */
public final class StatisticDocuments {

    /** How the chart shows the statistic. */
    public enum ChartType {
        BAR, LINE, PIE
    }

    private StatisticDocuments() {
    }

    /** The heading row: the X axis, then a column per series. */
    public static List<String> header(Statistic statistic, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(statistic.axisLabel());
        header.addAll(statistic.seriesLabels());
        return header;
    }

    /** A row per X value: its label, then the values formatted for the reader ("" where nothing was measured). */
    public static List<List<String>> records(Statistic statistic, Locale locale) {
        NumberFormat format = ReportDocuments.numbers(locale);
        List<List<String>> records = new ArrayList<>();
        for (int x = 0; x < statistic.xLabels().size(); x++) {
            List<String> record = new ArrayList<>();
            record.add(statistic.xLabels().get(x));
            for (int s = 0; s < statistic.seriesLabels().size(); s++) {
                Double value = statistic.value(x, s);
                record.add(value == null ? "" : format.format(value));
            }
            records.add(record);
        }
        return records;
    }

    public static byte[] csv(Statistic statistic, Locale locale) {
        return ReportDocuments.csv(header(statistic, locale), records(statistic, locale), locale);
    }

    public static byte[] pdf(String deskName, byte[] logo, Statistic statistic, ChartType type, Locale locale) {
        StatisticRequest request = statistic.request();
        String subtitle = Messages.format(locale, "report.stats.pdf.subtitle", ReportDocuments.period(request.period(), locale),
                statistic.axisLabel(), request.period().zone().getId());
        return ReportDocuments.pdf(new ReportDocuments.Page(deskName, logo, statistic.title(), subtitle,
                chart(statistic, type, locale, 1400, 500), header(statistic, locale), records(statistic, locale), -1, null));
    }

    public static BufferedImage chart(Statistic statistic, ChartType type, Locale locale, int width, int height) {
        String axis = statistic.axisLabel();
        JFreeChart chart;
        if (type == ChartType.PIE) {
            DefaultPieDataset<String> data = new DefaultPieDataset<>();
            for (int x = 0; x < statistic.xLabels().size(); x++) {
                Double value = statistic.value(x, 0);
                data.setValue(statistic.xLabels().get(x), value == null ? 0 : value);
            }
            chart = ChartFactory.createPieChart(statistic.title(), data, true, false, false);
        } else {
            DefaultCategoryDataset data = new DefaultCategoryDataset();
            for (int x = 0; x < statistic.xLabels().size(); x++) {
                for (int s = 0; s < statistic.seriesLabels().size(); s++) {
                    data.addValue(statistic.value(x, s), statistic.seriesLabels().get(s), statistic.xLabels().get(x));
                }
            }
            chart = type == ChartType.LINE
                    ? ChartFactory.createLineChart(statistic.title(), axis, null, data, PlotOrientation.VERTICAL, true, false, false)
                    : ChartFactory.createBarChart(statistic.title(), axis, null, data, PlotOrientation.VERTICAL, true, false, false);
        }
        if (chart.getPlot() instanceof PiePlot<?> pie) {
            for (int x = 0; x < statistic.xLabels().size(); x++) {
                pie.setSectionPaint(statistic.xLabels().get(x), ReportDocuments.COLOURS[x % ReportDocuments.COLOURS.length]);
            }
        }
        return ReportDocuments.styled(chart).createBufferedImage(width, height);
    }
}
