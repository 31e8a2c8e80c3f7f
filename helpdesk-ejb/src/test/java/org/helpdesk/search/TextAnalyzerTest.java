package org.helpdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

    @Test
    void spanishWordFormsShareATerm() {
        assertEquals(TextAnalyzer.term("impresora"), TextAnalyzer.term("impresoras"));
        assertEquals(TextAnalyzer.term("Impresora"), TextAnalyzer.term("IMPRESORAS"));
        assertEquals(TextAnalyzer.term("conexión"), TextAnalyzer.term("conexiones"));
        assertEquals(TextAnalyzer.term("contraseña"), TextAnalyzer.term("contraseñas"));
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        assertEquals(TextAnalyzer.term("conexion"), TextAnalyzer.term("Conexión"));
        assertEquals(TextAnalyzer.term("telefono"), TextAnalyzer.term("TELÉFONO"));
    }

    @Test
    void englishWordFormsShareATerm() {
        assertEquals(TextAnalyzer.term("printer"), TextAnalyzer.term("printers"));
        assertEquals(TextAnalyzer.term("connection"), TextAnalyzer.term("connections"));
    }

    @Test
    void differentWordsStayApart() {
        assertNotEquals(TextAnalyzer.term("impresora"), TextAnalyzer.term("pantalla"));
        assertNotEquals(TextAnalyzer.term("red"), TextAnalyzer.term("correo"));
    }

    @Test
    void commonWordsAreLeftOut() {
        assertNull(TextAnalyzer.term("de"));
        assertNull(TextAnalyzer.term("The"));
        assertEquals(Set.of(TextAnalyzer.term("impresora")), TextAnalyzer.terms("la impresora de la oficina", null)
                .stream().filter(t -> t.startsWith("impres")).collect(java.util.stream.Collectors.toSet()));
        assertTrue(TextAnalyzer.terms("de la y el").isEmpty());
    }

    @Test
    void termsAreShortPlainAndPadded() {
        assertEquals("ip_", TextAnalyzer.term("IP"));
        assertEquals("x__", TextAnalyzer.term("x"));
        assertEquals("192", TextAnalyzer.term("192"));
        assertEquals("srv01", TextAnalyzer.term("SRV01"), "words with digits are kept whole");
        assertEquals(TextAnalyzer.MAX_TERM, TextAnalyzer.term("a".repeat(200)).length());
        for (String term : TextAnalyzer.terms("Ñandú, straße, 東京, naïve café; ünïcödé — 10.0.0.1 <script>")) {
            assertEquals(term, TextIndex.checked(term));
        }
    }

    @Test
    void onlyAnalyzedTermsReachTheSql() {
        assertThrows(IllegalArgumentException.class, () -> TextIndex.checked("a' OR '1'='1"));
        assertThrows(IllegalArgumentException.class, () -> TextIndex.checked("Mayus"));
        assertThrows(IllegalArgumentException.class, () -> TextIndex.checked(""));
    }

    @Test
    void snippetsMarkTheMatchingWordsAroundTheFirst() {
        Set<String> terms = TextAnalyzer.terms("impresoras");
        String text = "Buenos días.\nDesde ayer la IMPRESORA del tercer piso no imprime; otras impresoras sí. " + "x ".repeat(200);
        Snippet snippet = Snippet.of(text, terms);
        assertEquals("IMPRESORA", snippet.parts().get(1).text());
        assertTrue(snippet.parts().get(1).hit());
        assertTrue(snippet.parts().stream().anyMatch(p -> p.hit() && p.text().equals("impresoras")));
        assertTrue(snippet.text().startsWith("Buenos días. Desde ayer la "), snippet.text());
        assertTrue(snippet.text().endsWith("…"));
        assertTrue(snippet.text().length() <= Snippet.LENGTH + 2);
        assertNull(Snippet.of("nada que ver", terms));
    }

    @Test
    void snippetsStartAtAWordWhenTheHitIsFarIn() {
        String text = "palabra ".repeat(30) + "servidor caído";
        Snippet snippet = Snippet.of(text, TextAnalyzer.terms("servidores"));
        assertTrue(snippet.text().startsWith("… palabra") || snippet.text().startsWith("…palabra"), snippet.text());
        assertEquals("servidor", snippet.parts().stream().filter(Snippet.Part::hit).findFirst().orElseThrow().text());
    }
}
