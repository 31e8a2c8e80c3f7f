package org.helpdesk.web.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void plainValuesStayAsTheyAre() {
        assertEquals("Sin red en la oficina", Csv.cell("Sin red en la oficina"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void separatorsQuotesAndLineBreaksAreQuoted() {
        assertEquals("\"a;b\"", Csv.cell("a;b"));
        assertEquals("\"dijo \"\"hola\"\"\"", Csv.cell("dijo \"hola\""));
        assertEquals("\"línea 1\nlínea 2\"", Csv.cell("línea 1\nlínea 2"));
    }

    @Test
    void formulasAreNeutralised() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", Csv.cell("+1"));
        assertEquals("'@cmd", Csv.cell("@cmd"));
    }
}
