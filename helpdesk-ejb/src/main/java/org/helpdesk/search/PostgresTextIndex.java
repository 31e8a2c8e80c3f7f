package org.helpdesk.search;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL: the terms as a tsvector made of exactly those lexemes ({@code array_to_tsvector}, no
 * parser or dictionary of PostgreSQL's in between), matched with {@code @@} through a GIN index.
 */
class PostgresTextIndex extends NativeTextIndex {

    PostgresTextIndex(EntityManager em, Corpus corpus) {
        super(em, corpus);
    }

    @Override
    public void put(long id, Set<String> terms) {
        write(id, terms, TextAnalyzer.VERSION, "terms = EXCLUDED.terms, analyzer_version = EXCLUDED.analyzer_version");
    }

    /** The terms added to those stored, under the version stored (see {@link TextIndex#add}). */
    @Override
    public void add(long id, Set<String> terms) {
        write(id, terms, INCOMPLETE, "terms = " + corpus.search + ".terms || EXCLUDED.terms");
    }

    private void write(long id, Set<String> terms, int version, String onConflict) {
        em.createNativeQuery("INSERT INTO " + corpus.search + " (" + corpus.key + ", analyzer_version, terms) "
                + "VALUES (?1, ?2, array_to_tsvector(string_to_array(?3, ' '))) ON CONFLICT (" + corpus.key
                + ") DO UPDATE SET " + onConflict)
                .setParameter(1, id).setParameter(2, version).setParameter(3, joined(terms, " ")).executeUpdate();
    }

    /** Every term, in any of its forms: {@code (a | _a) & (b | _b)}. */
    @Override
    public String matching(String idPath, Set<String> terms, Part part) {
        return query(idPath, "(" + joined(terms, part, " | ", ") & (") + ")");
    }

    @Override
    public String matchingAny(String idPath, Set<String> terms, Part part) {
        return query(idPath, joined(terms, part, " | ", " | "));
    }

    private String query(String idPath, String tsquery) {
        return sql("? IN (SELECT x." + corpus.key + " FROM " + corpus.search + " x WHERE x.terms @@ CAST('"
                + tsquery + "' AS tsquery))", idPath);
    }

    /** Each term tested on the document's own tsvector: {@code @@} gives a boolean per term, summed. */
    @Override
    String countsSql(String keys, Set<String> terms, Part part) {
        return "SELECT x." + corpus.key + ", " + terms.stream()
                .map(term -> "CAST(x.terms @@ CAST('" + String.join(" | ", forms(term, part)) + "' AS tsquery) AS INTEGER)")
                .collect(Collectors.joining(" + ")) + " FROM " + corpus.search + " x WHERE x." + corpus.key + " IN (" + keys + ")";
    }

    @Override
    public void analyze() {
        em.createNativeQuery("ANALYZE " + corpus.search).executeUpdate();
    }
}
