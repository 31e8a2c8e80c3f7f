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
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javax.imageio.ImageIO;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.helpdesk.shared.Messages;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
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
        return row.getLabel().isEmpty() ? Messages.format(locale, "report.none") : row.getLabel();
    }

    public static byte[] csv(ReportRun run, List<ReportRow> rows, Locale locale) {
        boolean spanish = !"en".equals(Messages.supported(locale).getLanguage());
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(spanish ? ';' : ',').get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), format)) {
            bytes.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
            List<String> header = new ArrayList<>();
            header.add(Messages.format(locale, "report.grouping." + run.getGrouping()));
            header.addAll(headings(locale));
            csv.printRecord(header);
            for (ReportRow row : rows) {
                List<String> record = new ArrayList<>();
                record.add(label(row, locale));
                record.addAll(values(row, locale));
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
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
        chart.setBackgroundPaint(Color.WHITE);
        return chart.createBufferedImage(width, height);
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 24, 24, 24, 24);
        try {
            PdfWriter.getInstance(document, bytes);
            document.open();
            if (heading.logo() != null) {
                Image logo = Image.getInstance(heading.logo());
                logo.scaleToFit(160, 40);
                document.add(logo);
            }
            document.add(new Paragraph(heading.deskName(), new Font(Font.HELVETICA, 11, Font.NORMAL, Color.DARK_GRAY)));
            document.add(new Paragraph(Messages.format(locale, "report.sla.title"), new Font(Font.HELVETICA, 16, Font.BOLD)));
            document.add(new Paragraph(Messages.format(locale, "report.pdf.period", period(run, locale),
                    Messages.format(locale, "report.grouping." + run.getGrouping()), run.getTimeZone(),
                    dateTime(run.getFinishedAt() == null ? run.getStartedAt() : run.getFinishedAt(), run, locale)),
                    new Font(Font.HELVETICA, 9)));
            Image chart = Image.getInstance(png(chart(run, rows, locale, 1400, 500)));
            chart.scaleToFit(PageSize.A4.getHeight() - 48, 230);
            chart.setAlignment(Element.ALIGN_CENTER);
            document.add(chart);
            document.add(table(run, rows, locale));
            document.add(new Paragraph(Messages.format(locale, "report.pdf.legend"), new Font(Font.HELVETICA, 7, Font.ITALIC)));
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write the report's PDF", e);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static PdfPTable table(ReportRun run, List<ReportRow> rows, Locale locale) {
        Font head = new Font(Font.HELVETICA, 6, Font.BOLD, Color.WHITE);
        Font body = new Font(Font.HELVETICA, 6.5f);
        Font bold = new Font(Font.HELVETICA, 6.5f, Font.BOLD);
        PdfPTable table = new PdfPTable(COLUMNS.size() + 1);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        float[] widths = new float[COLUMNS.size() + 1];
        java.util.Arrays.fill(widths, 1f);
        widths[0] = 3f;
        table.setWidths(widths);
        List<String> header = new ArrayList<>();
        header.add(Messages.format(locale, "report.grouping." + run.getGrouping()));
        header.addAll(headings(locale));
        for (String text : header) {
            PdfPCell cell = new PdfPCell(new Phrase(text, head));
            cell.setBackgroundColor(new Color(0x2b, 0x4c, 0x7e));
            table.addCell(cell);
        }
        for (ReportRow row : rows) {
            Font font = row.isTotal() ? bold : body;
            table.addCell(new PdfPCell(new Phrase(label(row, locale), font)));
            for (String value : values(row, locale)) {
                PdfPCell cell = new PdfPCell(new Phrase(value, font));
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(cell);
            }
        }
        return table;
    }

    /** The period's days as the reader writes dates. */
    public static String period(ReportRun run, Locale locale) {
        DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Messages.supported(locale));
        ReportPeriod period = run.getPeriod();
        return days.format(period.firstDay()) + " – " + days.format(period.lastDay());
    }

    private static String dateTime(Instant at, ReportRun run, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(Messages.supported(locale))
                .format(at.atZone(run.getPeriod().zone()));
    }

    private static NumberFormat numbers(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.supported(locale));
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(1);
        return format;
    }
}
