package org.helpdesk.shared;

import java.io.Serializable;

import jakarta.persistence.EntityManager;

/** One page of a named list query, with its named count query: LIMIT/OFFSET in the database. */
public final class Paging {

    private Paging() {
    }

    public static <T extends Serializable> Page<T> page(EntityManager em, Class<T> type, String listQuery, String countQuery,
            int first, int pageSize) {
        return new Page<>(em.createNamedQuery(listQuery, type).setFirstResult(first).setMaxResults(pageSize).getResultList(),
                em.createNamedQuery(countQuery, Long.class).getSingleResult());
    }
}
