package org.helpdesk.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RelevanceTest {

    /** Documents by id, in the order a search found them (newest first), with all their text. */
    private static final Map<Long, String> TEXTS = new LinkedHashMap<>();
    private static final Map<Long, String> TITLES = new LinkedHashMap<>();

    static {
        add(5L, "Correo lento", "El correo tarda en llegar desde la mañana.");
        add(4L, "La impresora no imprime", "Atasco de papel en la impresora de contabilidad.");
        add(3L, "Sin conexión a la VPN", "La VPN no conecta desde casa; la impresora funciona.");
        add(2L, "Impresora sin conexión a la red", "La impresora del segundo piso perdió la conexión.");
    }

    private static void add(long id, String title, String body) {
        TITLES.put(id, title);
        TEXTS.put(id, title + " " + body);
    }

    /** What the index's counts would say: how many of the terms each document's text holds. */
    private static Map<Long, Integer> held(Set<String> terms) {
        Map<Long, Integer> held = new HashMap<>();
        TEXTS.forEach((id, text) -> held.put(id, (int) TextAnalyzer.terms(text).stream().filter(terms::contains).count()));
        return held;
    }

    @Test
    void moreWordsOfTheQuestionRankFirstAndTitlesCountDouble() {
        Set<String> terms = Relevance.terms("Mi impresora no tiene conexión");
        // 2: both words, both in the title (4); 3: both, one in the title (3); 4: one, in the title (2); 5: none
        assertEquals(List.of(2L, 3L, 4L, 5L), Relevance.rank(TITLES, terms, held(terms)));
        // the title's weight: 2 has the word in its title and wins over 3, newer, with it in the text only
        Set<String> printers = Relevance.terms("impresoras");
        assertEquals(List.of(4L, 2L, 3L, 5L), Relevance.rank(TITLES, printers, held(printers)));
    }

    @Test
    void documentsThatScoreAlikeKeepTheOrderTheyWereFoundIn() {
        Map<Long, String> alike = new LinkedHashMap<>();
        alike.put(9L, "Otra cosa");
        alike.put(8L, "Algo distinto");
        assertEquals(List.of(9L, 8L), Relevance.rank(alike, Relevance.terms("impresora"), Map.of()));
    }

    @Test
    void aLongQuestionIsRankedByItsFirstWords() {
        Set<String> terms = Relevance.terms("servidor correo impresora red clave usuario disco pantalla teclado monitor");
        assertEquals(Relevance.MAX_TERMS, terms.size());
        assertEquals(TextAnalyzer.term("servidor"), terms.iterator().next());
    }
}
