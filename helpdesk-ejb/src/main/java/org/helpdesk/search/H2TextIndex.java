package org.helpdesk.search;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

/**
 * H2: one row per term and ticket in {@code ticket_term}, its primary key leading with the term, so
 * a search reads the tickets of each term from the index and keeps those that have them all.
 */
class H2TextIndex extends NativeTextIndex {

    H2TextIndex(EntityManager em) {
        super(em);
    }

    @Override
    public void put(long ticketId, Set<String> terms) {
        em.createNativeQuery("DELETE FROM ticket_term WHERE ticket_id = ?1").setParameter(1, ticketId).executeUpdate();
        add(ticketId, terms);
    }

    @Override
    public void add(long ticketId, Set<String> terms) {
        em.createNativeQuery("MERGE INTO ticket_search (ticket_id, analyzer_version) KEY (ticket_id) VALUES (?1, ?2)")
                .setParameter(1, ticketId).setParameter(2, TextAnalyzer.VERSION).executeUpdate();
        if (!terms.isEmpty()) {
            em.createNativeQuery("MERGE INTO ticket_term (term, ticket_id) KEY (term, ticket_id) VALUES "
                    + terms.stream().map(term -> "('" + TextIndex.checked(term) + "', " + ticketId + ")")
                            .collect(Collectors.joining(", ")))
                    .executeUpdate();
        }
    }

    @Override
    public String matching(String idPath, Set<String> terms) {
        return sql("? IN (SELECT x.ticket_id FROM ticket_term x WHERE x.term IN ("
                + terms.stream().map(term -> "'" + TextIndex.checked(term) + "'").collect(Collectors.joining(", "))
                + ") GROUP BY x.ticket_id HAVING COUNT(*) = " + terms.size() + ")", idPath);
    }

    @Override
    public void analyze() {
        em.createNativeQuery("ANALYZE TABLE ticket_term").executeUpdate();
    }
}
