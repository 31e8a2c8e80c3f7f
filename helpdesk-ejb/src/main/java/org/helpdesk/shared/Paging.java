package org.helpdesk.shared;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/** One page of a list with its total: LIMIT/OFFSET in the database. */
public final class Paging {

    private Paging() {
    }

    public static <T extends Serializable> Page<T> page(EntityManager em, Class<T> type, String listQuery, String countQuery,
            int first, int pageSize) {
        return new Page<>(em.createNamedQuery(listQuery, type).setFirstResult(first).setMaxResults(pageSize).getResultList(),
                em.createNamedQuery(countQuery, Long.class).getSingleResult());
    }

    /**
     * One page of all {@code type} objects (alias {@code e}) in {@code order}, or, when {@code text} is not
     * blank, of those where any of the {@code fields} (e.g. {@code "e.name"}) contains it, ignoring case.
     */
    public static <T extends Serializable> Page<T> search(EntityManager em, Class<T> type, String order, String text,
            List<String> fields, int first, int pageSize) {
        boolean filtered = text != null && !text.isBlank() && !fields.isEmpty();
        String where = filtered ? " WHERE " + fields.stream().map(f -> Like.like("LOWER(" + f + ")", "text"))
                .collect(Collectors.joining(" OR ")) : "";
        String entity = type.getSimpleName();
        TypedQuery<T> rows = em.createQuery("SELECT e FROM " + entity + " e" + where + " ORDER BY " + order, type);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM " + entity + " e" + where, Long.class);
        if (filtered) {
            String pattern = Like.containing(text);
            rows.setParameter("text", pattern);
            count.setParameter("text", pattern);
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
    }

    /** A page of all {@code type} objects in {@code order}. */
    public static <T extends Serializable> Page<T> all(EntityManager em, Class<T> type, String order, int first, int pageSize) {
        return search(em, type, order, null, List.of(), first, pageSize);
    }
}
