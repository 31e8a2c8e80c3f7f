package org.helpdesk.search;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A short piece of a text around the first of the searched words it contains, cut into parts so a
 * page can mark the words that matched ({@code hit}) while escaping everything as text.
 */
public record Snippet(List<Part> parts) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Characters of context kept before the first matching word. */
    static final int BEFORE = 60;
    /** The most characters a snippet holds. */
    static final int LENGTH = 220;

    public record Part(String text, boolean hit) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** The snippet of {@code text} for the searched {@code terms}, or null when no word of the text matches. */
    public static Snippet of(String text, Set<String> terms) {
        if (text == null || terms.isEmpty()) {
            return null;
        }
        List<int[]> hits = new ArrayList<>();
        TextAnalyzer.Stemmers stemmers = new TextAnalyzer.Stemmers();
        TextAnalyzer.words(text, (word, start, end) -> {
            if (terms.contains(stemmers.term(word))) {
                hits.add(new int[] {start, end});
            }
        });
        if (hits.isEmpty()) {
            return null;
        }
        int from = wordStart(text, Math.max(0, hits.get(0)[0] - BEFORE));
        int to = Math.min(text.length(), from + LENGTH);
        List<Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder(from > 0 ? "…" : "");
        int at = from;
        for (int[] hit : hits) {
            if (hit[0] < from) {
                continue;
            }
            if (hit[1] > to) {
                break;
            }
            plain.append(squeeze(text.substring(at, hit[0])));
            if (!plain.isEmpty()) {
                parts.add(new Part(plain.toString(), false));
                plain.setLength(0);
            }
            parts.add(new Part(text.substring(hit[0], hit[1]), true));
            at = hit[1];
        }
        plain.append(squeeze(text.substring(at, to)));
        if (to < text.length()) {
            plain.append('…');
        }
        if (!plain.isEmpty()) {
            parts.add(new Part(plain.toString(), false));
        }
        return new Snippet(List.copyOf(parts));
    }

    /** The text of the snippet without marks. */
    public String text() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    /** Moves {@code index} forward to the start of a word, unless it is already at one. */
    private static int wordStart(String text, int index) {
        if (index == 0 || !Character.isLetterOrDigit(text.charAt(index - 1))) {
            return index;
        }
        int i = index;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Line breaks and runs of white space become one space: a snippet is one line. */
    private static String squeeze(String text) {
        return text.replaceAll("\\s+", " ");
    }
}
