package org.helpdesk.search;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * H2: one row per term and document in the corpus's term table, its primary key leading with the
 * term, so a search reads the documents of each term from the index and keeps those that have them all.
 */
class H2TextIndex extends NativeTextIndex {

    H2TextIndex(EntityManager em, Corpus corpus) {
        super(em, corpus);
    }

    @Override
    public void put(long id, Set<String> terms) {
        em.createNativeQuery("DELETE FROM " + corpus.terms + " WHERE " + corpus.key + " = ?1").setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("MERGE INTO " + corpus.search + " (" + corpus.key + ", analyzer_version) KEY ("
                + corpus.key + ") VALUES (?1, ?2)").setParameter(1, id).setParameter(2, TextAnalyzer.VERSION)
                .executeUpdate();
        insert(id, terms);
    }

    /** The terms added to those stored, under the version stored (see {@link TextIndex#add}). */
    @Override
    public void add(long id, Set<String> terms) {
        em.createNativeQuery("INSERT INTO " + corpus.search + " (" + corpus.key + ", analyzer_version) SELECT ?1, ?2 "
                + "WHERE NOT EXISTS (SELECT 1 FROM " + corpus.search + " WHERE " + corpus.key + " = ?1)")
                .setParameter(1, id).setParameter(2, INCOMPLETE).executeUpdate();
        insert(id, terms);
    }

    private void insert(long id, Set<String> terms) {
        if (!terms.isEmpty()) {
            em.createNativeQuery("MERGE INTO " + corpus.terms + " (term, " + corpus.key + ") KEY (term, " + corpus.key
                    + ") VALUES " + terms.stream().map(term -> "('" + TextIndex.checked(term) + "', " + id + ")")
                            .collect(Collectors.joining(", ")))
                    .executeUpdate();
        }
    }

    @Override
    public String matching(String idPath, Set<String> terms, Part part) {
        return sql("? IN (SELECT x." + corpus.key + " FROM " + corpus.terms + " x WHERE x.term IN (" + in(terms, part)
                + ") GROUP BY x." + corpus.key + " HAVING " + distinct(part) + " = " + terms.size() + ")", idPath);
    }

    @Override
    public String matchingAny(String idPath, Set<String> terms, Part part) {
        return sql("? IN (SELECT x." + corpus.key + " FROM " + corpus.terms + " x WHERE x.term IN (" + in(terms, part) + "))",
                idPath);
    }

    @Override
    String countsSql(String keys, Set<String> terms, Part part) {
        return "SELECT x." + corpus.key + ", " + distinct(part) + " FROM " + corpus.terms + " x WHERE x." + corpus.key
                + " IN (" + keys + ") AND x.term IN (" + in(terms, part) + ") GROUP BY x." + corpus.key;
    }

    /** Every form of every term, quoted for an {@code IN} list. */
    private static String in(Set<String> terms, Part part) {
        return joined(terms, part, "', '", "', '").transform(list -> "'" + list + "'");
    }

    /** How many of the terms a document's rows hold: a term stored in both forms counts once. */
    private static String distinct(Part part) {
        return part == Part.ALL ? "COUNT(DISTINCT TRIM(LEADING '" + INTERNAL + "' FROM x.term))" : "COUNT(*)";
    }

    @Override
    public void analyze() {
        em.createNativeQuery("ANALYZE TABLE " + corpus.terms).executeUpdate();
    }
}
