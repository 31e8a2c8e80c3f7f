package org.helpdesk.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The documents a manager takes away: read back as Excel and a PDF reader would. */
class ReportDocumentsTest {

    private final ReportRun run = new ReportRun(ReportPeriod.days(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
            ZoneId.of("America/Lima")), Grouping.QUEUE, List.of(), List.of(), "gerente", Instant.parse("2026-12-01T13:00:00Z"));

    private List<ReportRow> rows() {
        Tally n1 = new Tally();
        n1.add("OPENED", 12, 0, 0, 0);
        n1.add("CLOSED", 9, 8, 1, 0);
        n1.add("FIRST_RESPONSE", 12, 11, 1, 0);
        n1.firstResponseTimes = Durations.of(30, 45, 90);
        Tally total = new Tally();
        total.add("OPENED", 12, 0, 0, 0);
        return List.of(new ReportRow(run, 0, 1L, "Soporte Técnico (N1)", false, n1), new ReportRow(run, 1, null, "", true, total));
    }

    @Test
    void theSpanishCsvHasABomSemicolonsAndDecimalCommas() {
        byte[] csv = ReportDocuments.csv(run, rows(), Locale.forLanguageTag("es-PE"));
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(csv, 3));
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertTrue(lines[0].startsWith("\"Cola\";\"Creados\";\"Cerrados\";"), lines[0]);
        assertTrue(lines[1].startsWith("\"Soporte Técnico (N1)\";\"12\";\"9\";\"0\";\"0\";\"11\";\"1\";\"91,7\";\"55\";\"45\";\"90\";"), lines[1]);
        assertTrue(lines[2].startsWith("\"Total\";\"12\";\"0\";"), lines[2]);
    }

    @Test
    void theEnglishCsvHasCommasAndDecimalPoints() {
        String csv = new String(ReportDocuments.csv(run, rows(), Locale.ENGLISH), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Queue\",\"Created\",\"Closed\","), csv);
        assertTrue(csv.contains("\"Soporte Técnico (N1)\",\"12\",\"9\",\"0\",\"0\",\"11\",\"1\",\"91.7\",\"55\",\"45\",\"90\","), csv);
    }

    /** One cell as the CSV writes it (the byte order mark and the line end left out). */
    private static String cell(String value) {
        byte[] csv = ReportDocuments.csv(List.of(value == null ? "" : value), List.of(), Locale.forLanguageTag("es"));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        return text.substring(0, text.length() - 2);
    }

    @Test
    void everyCellIsQuotedAndSeparatorsQuotesAndLineBreaksStayInside() {
        assertEquals("\"Sin red en la oficina\"", cell("Sin red en la oficina"));
        assertEquals("\"2026120610000017\"", cell("2026120610000017"));
        assertEquals("\"\"", cell(""));
        assertEquals("\"a;b\"", cell("a;b"));
        assertEquals("\"a,b\"", cell("a,b"));
        assertEquals("\"dijo \"\"hola\"\"\"", cell("dijo \"hola\""));
        assertEquals("\"línea 1\nlínea 2\"", cell("línea 1\nlínea 2"));
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaIsShownAsText() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", cell("+1"));
        assertEquals("\"'-2+3\"", cell("-2+3"));
        assertEquals("\"'@SUM(A1)\"", cell("@SUM(A1)"));
        assertEquals("\"'\t=1\"", cell("\t=1"));
        assertEquals("\"'\r=1\"", cell("\r=1"));
        // only the first character counts
        assertEquals("\"a=b\"", cell("a=b"));
    }

    @Test
    void thePdfOpensAndShowsTheDeskThePeriodAndTheRows() throws Exception {
        byte[] pdf = ReportDocuments.pdf(new ReportDocuments.Heading("Mesa de ayuda Lima", run, null), rows(), Locale.forLanguageTag("es"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Mesa de ayuda Lima"), text);
            assertTrue(text.contains("Informe de niveles de servicio (SLA)"), text);
            assertTrue(text.contains("1 nov 2026") || text.contains("1 nov. 2026"), text);
            assertTrue(text.contains("Soporte Técnico (N1)"), text);
            assertTrue(text.contains("91,7"), text);
            assertEquals(1, document.getNumberOfPages());
        }
    }
}
