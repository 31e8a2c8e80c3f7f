package org.helpdesk.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/** What the databases' indexes share: the corpus's search table with one row per indexed document. */
abstract class NativeTextIndex implements TextIndex {

    final EntityManager em;
    final Corpus corpus;

    NativeTextIndex(EntityManager em, Corpus corpus) {
        this.em = em;
        this.corpus = corpus;
    }

    @Override
    public List<Long> unindexed(long afterId, int max) {
        @SuppressWarnings("unchecked")
        // the bound repeated inside lets the database start both index walks at afterId (a merge anti-join
        // would otherwise read the index from its beginning for every batch)
        List<Number> ids = em.createNativeQuery("SELECT t.id FROM " + corpus.documents + " t WHERE t.id > ?1 AND NOT EXISTS "
                + "(SELECT 1 FROM " + corpus.search + " s WHERE s." + corpus.key + " = t.id AND s." + corpus.key
                + " > ?1 AND s.analyzer_version = ?2) ORDER BY t.id")
                .setParameter(1, afterId).setParameter(2, TextAnalyzer.VERSION).setMaxResults(max).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Map<Long, Integer> counts(Collection<Long> ids, Set<String> terms, Part part) {
        Map<Long, Integer> counts = new HashMap<>();
        if (ids.isEmpty() || terms.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(countsSql(ids.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                terms, part)).getResultList();
        rows.forEach(row -> counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return counts;
    }

    /** The statement of {@link #counts}: rows of key and count for the documents whose keys are {@code keys} (numbers). */
    abstract String countsSql(String keys, Set<String> terms, Part part);

    /** The terms separated by {@code separator}, each {@link TextIndex#checked checked}. */
    static String joined(Set<String> terms, String separator) {
        return terms.stream().map(TextIndex::checked).collect(Collectors.joining(separator));
    }

    /** The forms a term may be stored in within {@code part}: as it is, and {@link TextIndex#INTERNAL marked} too for all of it. */
    static List<String> forms(String term, Part part) {
        String checked = TextIndex.checked(term);
        return part == Part.ALL ? List.of(checked, INTERNAL + checked) : List.of(checked);
    }

    /** Each term's {@link #forms} joined with {@code or}, the terms' joined with {@code separator}. */
    static String joined(Set<String> terms, Part part, String or, String separator) {
        return terms.stream().map(term -> String.join(or, forms(term, part))).collect(Collectors.joining(separator));
    }

    /** A JPQL {@code SQL(...)} condition: {@code sql} with one {@code ?} for the ticket id at {@code idPath}. */
    static String sql(String sql, String idPath) {
        return "SQL('" + sql.replace("'", "''") + "', " + idPath + ")";
    }
}
