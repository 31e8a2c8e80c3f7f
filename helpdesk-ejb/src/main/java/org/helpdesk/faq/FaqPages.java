package org.helpdesk.faq;

import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.helpdesk.search.Relevance;
import org.helpdesk.search.TextIndex;
import org.helpdesk.search.TextIndex.Part;
import org.helpdesk.shared.Page;

/** Lists of FAQ articles, paged in the database: the agents' list and the readers' browsing share it. */
final class FaqPages {

    private static final int MAX_PAGE = 200;

    private FaqPages() {
    }

    /**
     * One page of the articles matching {@code condition} (JPQL on {@code f} and its category {@code c}),
     * in the category and with every word of {@code text} when given, in {@code order}, with the count.
     */
    static Page<FaqRow> page(EntityManager em, TextIndex index, String condition, Map<String, Object> parameters,
            Long categoryId, String text, String order, int first, int pageSize) {
        StringBuilder where = new StringBuilder("WHERE ").append(condition);
        if (categoryId != null) {
            where.append(" AND c.id = :category");
            parameters.put("category", categoryId);
        }
        Set<String> terms = Relevance.terms(text);
        if (!terms.isEmpty()) {
            where.append(" AND ").append(index.matching("f.id", terms, Part.SHARED));
        }
        TypedQuery<FaqRow> rows = em.createQuery(FaqRow.SELECT + where + " ORDER BY " + order, FaqRow.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(f) FROM FaqItem f JOIN f.category c " + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        return new Page<>(rows.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE)))
                .getResultList(), count.getSingleResult());
    }
}
