package org.helpdesk.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;

/**
 * MariaDB: the terms as words separated by spaces under an InnoDB FULLTEXT index, matched in boolean
 * mode with every term required. InnoDB sees a row in its full-text index once it is committed.
 */
class MariaDbTextIndex extends NativeTextIndex {

    MariaDbTextIndex(EntityManager em) {
        super(em);
    }

    @Override
    public void put(long ticketId, Set<String> terms) {
        em.createNativeQuery("INSERT INTO ticket_search (ticket_id, analyzer_version, terms) VALUES (?1, ?2, ?3) "
                + "ON DUPLICATE KEY UPDATE terms = VALUES(terms), analyzer_version = VALUES(analyzer_version)")
                .setParameter(1, ticketId).setParameter(2, TextAnalyzer.VERSION).setParameter(3, joined(terms, " "))
                .executeUpdate();
    }

    @Override
    public void add(long ticketId, Set<String> terms) {
        @SuppressWarnings("unchecked")
        List<String> stored = em.createNativeQuery("SELECT terms FROM ticket_search WHERE ticket_id = ?1 FOR UPDATE")
                .setParameter(1, ticketId).getResultList();
        Set<String> all = new LinkedHashSet<>();
        if (!stored.isEmpty()) {
            all.addAll(List.of(stored.get(0).split(" ")));
        }
        all.addAll(terms);
        put(ticketId, all);
    }

    @Override
    public String matching(String idPath, Set<String> terms) {
        return sql("? IN (SELECT x.ticket_id FROM ticket_search x WHERE MATCH (x.terms) AGAINST ('+"
                + joined(terms, " +") + "' IN BOOLEAN MODE))", idPath);
    }

    /** Nothing to do: a MATCH ... AGAINST always reads the full-text index, whatever the statistics say. */
    @Override
    public void analyze() {
        // (ANALYZE TABLE would also commit the transaction it runs in)
    }
}
