package org.helpdesk.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void everyCellIsQuoted() {
        assertEquals("\"Sin red en la oficina\"", Csv.cell("Sin red en la oficina"));
        assertEquals("\"2026120610000017\"", Csv.cell("2026120610000017"));
        assertEquals("\"\"", Csv.cell(""));
        assertEquals("\"\"", Csv.cell(null));
    }

    @Test
    void separatorsQuotesAndLineBreaksStayInsideTheQuotes() {
        assertEquals("\"a;b\"", Csv.cell("a;b"));
        assertEquals("\"a,b\"", Csv.cell("a,b"));
        assertEquals("\"dijo \"\"hola\"\"\"", Csv.cell("dijo \"hola\""));
        assertEquals("\"línea 1\nlínea 2\"", Csv.cell("línea 1\nlínea 2"));
    }

    @Test
    void formulasAreNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
        assertEquals("\"'+1\"", Csv.cell("+1"));
        assertEquals("\"'-2+3\"", Csv.cell("-2+3"));
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"'\t=1\"", Csv.cell("\t=1"));
        assertEquals("\"'\r=1\"", Csv.cell("\r=1"));
        // only the first character counts
        assertEquals("\"a=b\"", Csv.cell("a=b"));
    }
}
