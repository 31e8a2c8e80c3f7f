package org.helpdesk.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Named counters kept in the database ({@code metric_counter}) for monitoring: raised inside the
 * transaction of what they count, so they stay exact without counting over history tables. The
 * names are created by the migrations.
 */
@ApplicationScoped
public class Counters {

    @PersistenceContext
    EntityManager em;

    /** Adds one to the counter {@code name}, in the caller's transaction. */
    public void increment(String name) {
        int updated = em.createNativeQuery("UPDATE metric_counter SET counter_value = counter_value + 1 WHERE name = ?1")
                .setParameter(1, name).executeUpdate();
        if (updated != 1) {
            throw new IllegalStateException("No counter named " + name);
        }
    }

    /** Every counter by name, in the order of the names. */
    public Map<String, Long> all() {
        Map<String, Long> counters = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, counter_value FROM metric_counter ORDER BY name")
                .getResultList();
        rows.forEach(row -> counters.put((String) row[0], ((Number) row[1]).longValue()));
        return counters;
    }
}
