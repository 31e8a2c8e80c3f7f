package org.helpdesk.search;

import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * PostgreSQL: the terms as a tsvector made of exactly those lexemes ({@code array_to_tsvector}, no
 * parser or dictionary of PostgreSQL's in between), matched with {@code @@} through a GIN index.
 */
class PostgresTextIndex extends NativeTextIndex {

    PostgresTextIndex(EntityManager em) {
        super(em);
    }

    @Override
    public void put(long ticketId, Set<String> terms) {
        write(ticketId, terms, "EXCLUDED.terms");
    }

    @Override
    public void add(long ticketId, Set<String> terms) {
        write(ticketId, terms, "ticket_search.terms || EXCLUDED.terms");
    }

    private void write(long ticketId, Set<String> terms, String onConflict) {
        em.createNativeQuery("INSERT INTO ticket_search (ticket_id, analyzer_version, terms) "
                + "VALUES (?1, ?2, array_to_tsvector(string_to_array(?3, ' '))) ON CONFLICT (ticket_id) DO UPDATE "
                + "SET terms = " + onConflict + ", analyzer_version = EXCLUDED.analyzer_version")
                .setParameter(1, ticketId).setParameter(2, TextAnalyzer.VERSION).setParameter(3, joined(terms, " "))
                .executeUpdate();
    }

    @Override
    public String matching(String idPath, Set<String> terms) {
        return sql("? IN (SELECT x.ticket_id FROM ticket_search x WHERE x.terms @@ CAST('" + joined(terms, " & ")
                + "' AS tsquery))", idPath);
    }

    @Override
    public void analyze() {
        em.createNativeQuery("ANALYZE ticket_search").executeUpdate();
    }
}
