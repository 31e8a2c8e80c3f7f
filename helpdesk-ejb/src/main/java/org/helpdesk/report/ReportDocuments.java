package org.helpdesk.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.helpdesk.shared.Messages;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A finished SLA report as the reader takes it away, in their language: CSV for spreadsheets (UTF-8
 * with a byte order mark so Excel reads the accents; ";" and decimal commas in Spanish, as Excel
 * expects there), a chart, and a PDF with the desk's name and logo, the period, the charts and the table.
 */
public final class ReportDocuments {

    /** The columns, in order: the key of their heading and how a row gives their value. */
    private static final List<Column> COLUMNS = List.of(
            new Column("report.col.created", ReportRow::getCreated),
            new Column("report.col.closed", ReportRow::getClosed),
            new Column("report.col.reopened", ReportRow::getReopened),
            new Column("report.col.backlog", ReportRow::getBacklog),
            new Column("report.col.frMet", ReportRow::getFirstResponseMet),
            new Column("report.col.frBreached", ReportRow::getFirstResponseBreached),
            new Column("report.col.frPercent", ReportRow::getFirstResponseMetPercent),
            new Column("report.col.frMean", ReportRow::getFirstResponseMean),
            new Column("report.col.frMedian", ReportRow::getFirstResponseMedian),
            new Column("report.col.frP90", ReportRow::getFirstResponseP90),
            new Column("report.col.updMet", ReportRow::getUpdateMet),
            new Column("report.col.updBreached", ReportRow::getUpdateBreached),
            new Column("report.col.updPercent", ReportRow::getUpdateMetPercent),
            new Column("report.col.solMet", ReportRow::getSolutionMet),
            new Column("report.col.solBreached", ReportRow::getSolutionBreached),
            new Column("report.col.solPercent", ReportRow::getSolutionMetPercent),
            new Column("report.col.solMean", ReportRow::getSolutionMean),
            new Column("report.col.solMedian", ReportRow::getSolutionMedian),
            new Column("report.col.solP90", ReportRow::getSolutionP90),
            new Column("report.col.escalations", ReportRow::getEscalations),
            new Column("report.col.movedUp", ReportRow::getMovedUp));

    private record Column(String key, Function<ReportRow, Number> value) {
    }

    /** What the documents say besides the rows: the desk, the run and its logo (null for none). */
    public record Heading(String deskName, ReportRun run, byte[] logo) {
    }

    private ReportDocuments() {
    }

    /** The headings of the columns after the group's, in the reader's language. */
    public static List<String> headings(Locale locale) {
        return COLUMNS.stream().map(c -> Messages.format(locale, c.key())).toList();
    }

    /** A row's values after its label, formatted for the reader ("" where nothing was measured). */
    public static List<String> values(ReportRow row, Locale locale) {
        NumberFormat format = numbers(locale);
        return COLUMNS.stream().map(c -> c.value().apply(row)).map(v -> v == null ? "" : format.format(v)).toList();
    }

    /** The group's name as the reader reads it: "Total", "(ninguno)" for tickets without one. */
    public static String label(ReportRow row, Locale locale) {
        if (row.isTotal()) {
            return Messages.format(locale, "report.total");
        }
        if (row.getLabel().isEmpty()) {
            return Messages.format(locale, "report.none");
        }
        return row.getRun().getGrouping() == Grouping.TYPE ? Messages.catalogName(locale, "type.", row.getLabel()) : row.getLabel();
    }

    public static byte[] csv(ReportRun run, List<ReportRow> rows, Locale locale) {
        return csv(header(run, locale), records(rows, locale), locale);
    }

    /** The heading row of a run's table: the grouping, then the figures. */
    private static List<String> header(ReportRun run, Locale locale) {
        List<String> header = new ArrayList<>();
        header.add(Messages.format(locale, "report.grouping." + run.getGrouping()));
        header.addAll(headings(locale));
        return header;
    }

    private static List<List<String>> records(List<ReportRow> rows, Locale locale) {
        List<List<String>> records = new ArrayList<>();
        for (ReportRow row : rows) {
            List<String> record = new ArrayList<>();
            record.add(label(row, locale));
            record.addAll(values(row, locale));
            records.add(record);
        }
        return records;
    }

    /**
     * A table as CSV for the reader's spreadsheet: UTF-8 with a byte order mark; ";" in Spanish, "," in English;
     * every cell quoted, and safe against formula injection: a cell a spreadsheet would take for a formula
     * ({@code = + - @}, tab or carriage return first) starts with a single quote, which shows the text as it is.
     */
    public static byte[] csv(List<String> header, List<List<String>> records, Locale locale) {
        boolean spanish = !"en".equals(Messages.supported(locale).getLanguage());
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(spanish ? ';' : ',').setQuoteMode(QuoteMode.ALL).get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            csv.printRecord(header.stream().map(ReportDocuments::cell).toList());
            for (List<String> record : records) {
                csv.printRecord(record.stream().map(ReportDocuments::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** Tickets created, closed and open at the end per group, as a bar chart. */
    public static BufferedImage chart(ReportRun run, List<ReportRow> rows, Locale locale, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ReportRow row : rows) {
            if (!row.isTotal()) {
                String label = label(row, locale);
                data.addValue(row.getCreated(), Messages.format(locale, "report.col.created"), label);
                data.addValue(row.getClosed(), Messages.format(locale, "report.col.closed"), label);
                data.addValue(row.getBacklog(), Messages.format(locale, "report.col.backlog"), label);
            }
        }
        JFreeChart chart = ChartFactory.createBarChart(Messages.format(locale, "report.chart.volume"),
                Messages.format(locale, "report.grouping." + run.getGrouping()), Messages.format(locale, "report.chart.tickets"),
                data, PlotOrientation.VERTICAL, true, false, false);
        return styled(chart).createBufferedImage(width, height);
    }

    /** The desk's colours, in the order the series take them. */
    public static final Color[] COLOURS = { new Color(0x2b4c7e), new Color(0xe07a1f), new Color(0x3a9d5d), new Color(0xc0392b),
        new Color(0x8e44ad), new Color(0x16a085), new Color(0xd4ac0d), new Color(0x7f8c8d), new Color(0x5dade2), new Color(0xa04000) };

    /** A chart in the look of the screens: white, light grid lines, flat bars in the desk's colours. */
    static JFreeChart styled(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        if (chart.getPlot() instanceof CategoryPlot plot) {
            plot.setBackgroundPaint(Color.WHITE);
            plot.setRangeGridlinePaint(new Color(0xd8dde6));
            plot.setOutlineVisible(false);
            if (plot.getRenderer() instanceof BarRenderer bars) {
                bars.setBarPainter(new StandardBarPainter());
                bars.setShadowVisible(false);
            }
            for (int i = 0; i < COLOURS.length; i++) {
                plot.getRenderer().setSeriesPaint(i, COLOURS[i]);
            }
        } else if (chart.getPlot() instanceof PiePlot<?> pie) {
            pie.setBackgroundPaint(Color.WHITE);
            pie.setOutlineVisible(false);
            pie.setShadowPaint(null);
        }
        return chart;
    }

    /** The chart as a PNG image. */
    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] pdf(Heading heading, List<ReportRow> rows, Locale locale) {
        ReportRun run = heading.run();
        String subtitle = Messages.format(locale, "report.pdf.period", period(run, locale),
                Messages.format(locale, "report.grouping." + run.getGrouping()), run.getTimeZone(),
                dateTime(run.getFinishedAt() == null ? run.getStartedAt() : run.getFinishedAt(), run.getPeriod().zone(), locale));
        return pdf(new Page(heading.deskName(), heading.logo(), Messages.format(locale, "report.sla.title"), subtitle,
                chart(run, rows, locale, 1400, 500), header(run, locale), records(rows, locale), rows.isEmpty() ? -1 : rows.size() - 1,
                Messages.format(locale, "report.pdf.legend")));
    }

    /**
     * What a PDF of a table shows: the desk's name and logo (null: none), a title and a line under it, a
     * chart, the table (the row {@code boldRow} in bold, -1: none) and a legend.
     */
    public record Page(String deskName, byte[] logo, String title, String subtitle, BufferedImage chart, List<String> header,
            List<List<String>> records, int boldRow, String legend) {
    }

    /** A landscape A4 PDF of a table with its chart. */
    public static byte[] pdf(Page page) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, bytes);
            document.open();
            if (page.logo() != null) {
                Image logo = Image.getInstance(page.logo());
                logo.scaleToFit(160, 40);
                document.add(logo);
            }
            document.add(new Paragraph(page.deskName(), new Font(Font.HELVETICA, 11, Font.NORMAL, Color.DARK_GRAY)));
            document.add(new Paragraph(page.title(), new Font(Font.HELVETICA, 16, Font.BOLD)));
            document.add(new Paragraph(page.subtitle(), new Font(Font.HELVETICA, 9)));
            if (page.chart() != null) {
                Image chart = Image.getInstance(png(page.chart()));
                chart.scaleToFit(PageSize.A4.getHeight() - 48, 230);
                chart.setAlignment(Element.ALIGN_CENTER);
                document.add(chart);
            }
            document.add(table(page));
            if (page.legend() != null) {
                document.add(new Paragraph(page.legend(), new Font(Font.HELVETICA, 7, Font.ITALIC)));
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write the PDF", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static PdfPTable table(Page page) {
        int columns = page.header().size();
        float size = columns > 12 ? 6.5f : 8f;
        Font head = new Font(Font.HELVETICA, size - 0.5f, Font.BOLD, Color.WHITE);
        Font body = new Font(Font.HELVETICA, size);
        Font bold = new Font(Font.HELVETICA, size, Font.BOLD);
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        float[] widths = new float[columns];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = columns > 4 ? 3f : 2f;
        table.setWidths(widths);
        for (String text : page.header()) {
            PdfPCell cell = new PdfPCell(new Phrase(text, head));
            cell.setBackgroundColor(new Color(0x2b, 0x4c, 0x7e));
            table.addCell(cell);
        }
        for (int r = 0; r < page.records().size(); r++) {
            Font font = r == page.boldRow() ? bold : body;
            List<String> record = page.records().get(r);
            for (int c = 0; c < record.size(); c++) {
                PdfPCell cell = new PdfPCell(new Phrase(record.get(c), font));
                if (c > 0) {
                    cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                }
                table.addCell(cell);
            }
        }
        return table;
    }

    /** The period's days as the reader writes dates. */
    public static String period(ReportRun run, Locale locale) {
        return period(run.getPeriod(), locale);
    }

    public static String period(ReportPeriod period, Locale locale) {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.supported(locale));
        return days.format(period.firstDay()) + " – " + days.format(period.lastDay());
    }

    /** A moment as the reader writes it, in {@code zone}. */
    public static String dateTime(Instant at, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Messages.supported(locale))
                .format(at.atZone(zone));
    }

    /** Numbers as the reader writes them: decimal comma in Spanish, at most one decimal, no grouping. */
    public static NumberFormat numbers(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(1);
        return format;
    }
}
