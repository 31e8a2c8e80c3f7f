package org.helpdesk.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * MariaDB: the terms as words separated by spaces under an InnoDB FULLTEXT index, matched in boolean
 * mode. InnoDB sees a row in its full-text index once it is committed.
 */
class MariaDbTextIndex extends NativeTextIndex {

    MariaDbTextIndex(EntityManager em, Corpus corpus) {
        super(em, corpus);
    }

    @Override
    public void put(long id, Set<String> terms) {
        write(id, terms, TextAnalyzer.VERSION);
    }

    /** The terms added to those stored, under the version stored (see {@link TextIndex#add}). */
    @Override
    public void add(long id, Set<String> terms) {
        @SuppressWarnings("unchecked")
        List<Object[]> stored = em.createNativeQuery("SELECT terms, analyzer_version FROM " + corpus.search + " WHERE "
                + corpus.key + " = ?1 FOR UPDATE").setParameter(1, id).getResultList();
        Set<String> all = new LinkedHashSet<>();
        int version = INCOMPLETE;
        if (!stored.isEmpty()) {
            Arrays.stream(((String) stored.get(0)[0]).split(" ")).filter(term -> !term.isEmpty()).forEach(all::add);
            version = ((Number) stored.get(0)[1]).intValue();
        }
        all.addAll(terms);
        write(id, all, version);
    }

    private void write(long id, Set<String> terms, int version) {
        em.createNativeQuery("INSERT INTO " + corpus.search + " (" + corpus.key + ", analyzer_version, terms) "
                + "VALUES (?1, ?2, ?3) ON DUPLICATE KEY UPDATE terms = VALUES(terms), analyzer_version = VALUES(analyzer_version)")
                .setParameter(1, id).setParameter(2, version).setParameter(3, joined(terms, " ")).executeUpdate();
    }

    /** Every term required ({@code +}), in any of its forms: {@code +(a _a) +(b _b)}. */
    @Override
    public String matching(String idPath, Set<String> terms, Part part) {
        return against(idPath, "+(" + joined(terms, part, " ", ") +(") + ")");
    }

    /** Any term: without an operator, a word is optional in boolean mode, and a row needs at least one. */
    @Override
    public String matchingAny(String idPath, Set<String> terms, Part part) {
        return against(idPath, joined(terms, part, " ", " "));
    }

    private String against(String idPath, String query) {
        return sql("? IN (SELECT x." + corpus.key + " FROM " + corpus.search + " x WHERE MATCH (x.terms) AGAINST ('"
                + query + "' IN BOOLEAN MODE))", idPath);
    }

    /**
     * Each term looked for in the document's own words (separated by spaces), not through the full-text
     * index: that would read every document of a common term.
     */
    @Override
    String countsSql(String keys, Set<String> terms, Part part) {
        return "SELECT x." + corpus.key + ", " + terms.stream()
                .map(term -> "(" + forms(term, part).stream()
                        .map(form -> "LOCATE(' " + form + " ', CONCAT(' ', x.terms, ' ')) > 0")
                        .collect(Collectors.joining(" OR ")) + ")")
                .collect(Collectors.joining(" + ")) + " FROM " + corpus.search + " x WHERE x." + corpus.key + " IN (" + keys + ")";
    }

    /** Nothing to do: a MATCH ... AGAINST always reads the full-text index, whatever the statistics say. */
    @Override
    public void analyze() {
        // (ANALYZE TABLE would also commit the transaction it runs in)
    }
}
