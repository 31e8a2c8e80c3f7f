package org.helpdesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void semicolonsFromASpanishSpreadsheetWithQuotesAndLineBreaks() {
        List<CsvRows.Row> rows = CsvRows.parse("\uFEFFcode;name;street\r\n"
                + "NET7;\"NET7 Perú; S.A.C.\";\"Av. Arequipa 123\nPiso 4\"\r\n"
                + "\r\n"
                + "ACME;\"Dice \"\"hola\"\"\";\n");
        assertEquals(3, rows.size());
        assertEquals(List.of("code", "name", "street"), rows.get(0).fields());
        assertEquals(List.of("NET7", "NET7 Perú; S.A.C.", "Av. Arequipa 123\nPiso 4"), rows.get(1).fields());
        assertEquals(2, rows.get(1).line());
        // the quoted line break counts: the blank line is 4, ACME's line is 5
        assertEquals(5, rows.get(2).line());
        assertEquals("Dice \"hola\"", rows.get(2).field(1));
        assertNull(rows.get(2).field(2));
        assertNull(rows.get(2).field(7));
    }

    @Test
    void commasWhenTheHeaderUsesThem() {
        List<CsvRows.Row> rows = CsvRows.parse("login,email\nana,ana@acme.example");
        assertEquals(List.of("ana", "ana@acme.example"), rows.get(1).fields());
    }
}
