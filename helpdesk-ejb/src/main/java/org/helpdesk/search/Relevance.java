package org.helpdesk.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks the documents a search found by how much of the question they answer, the same on every
 * database: each term of the question a document holds counts one, and one more when its title (or
 * keywords) hold it too; documents that score alike keep the order they were found in (the newest
 * first). The index says how many of the terms each candidate holds ({@link TextIndex#counts}, one
 * statement over the candidates' own index rows), so a ranking never reads their text.
 */
public final class Relevance {

    /** How many documents a ranking looks at: the newest of those holding any word of the question. */
    public static final int CANDIDATES = 200;

    /** The words of a question beyond this many are left out: a long subject is ranked by its first words. */
    public static final int MAX_TERMS = 8;

    private Relevance() {
    }

    /** The terms of {@code text} a ranking uses: at most {@link #MAX_TERMS}. */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : TextAnalyzer.terms(text)) {
            if (terms.size() == MAX_TERMS) {
                break;
            }
            terms.add(term);
        }
        return terms;
    }

    /**
     * The ids of {@code candidates} (id to title, in the order they were found), best first.
     *
     * @param held how many of the terms each candidate holds (see {@link TextIndex#counts})
     */
    public static List<Long> rank(Map<Long, String> candidates, Set<String> terms, Map<Long, Integer> held) {
        Map<Long, Integer> score = new HashMap<>();
        Map<Long, Integer> order = new HashMap<>();
        candidates.forEach((id, title) -> {
            order.put(id, order.size());
            Set<String> inTitle = TextAnalyzer.terms(title);
            score.put(id, (int) terms.stream().filter(inTitle::contains).count() + held.getOrDefault(id, 0));
        });
        List<Long> ranked = new ArrayList<>(candidates.keySet());
        ranked.sort(Comparator.comparing((Long id) -> -score.get(id)).thenComparing(order::get));
        return ranked;
    }
}
