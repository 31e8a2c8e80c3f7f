package org.helpdesk.ticket;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.helpdesk.shared.Page;

/**
 * The one way ticket lists are read: a projection to {@link TicketSummary} (no entities, no lazy
 * loading) with the caller's conditions, sorted and paged in the database. The services decide
 * the conditions, and with them who sees what.
 */
@ApplicationScoped
public class TicketLists {

    /** Lists never return more rows than this in one page. */
    public static final int MAX_PAGE_SIZE = 500;

    private static final String SUMMARY = "SELECT NEW org.helpdesk.ticket.TicketSummary(t.id, t.number, t.title, q.name, "
            + "s.name, s.type, t.priority, CONCAT(CONCAT(c.firstName, ' '), c.lastName), o.login, t.locked, t.createdAt, "
            + "t.escalationAt) ";
    private static final String FROM = "FROM Ticket t JOIN t.queue q JOIN t.state s JOIN t.customer c LEFT JOIN t.owner o ";

    @PersistenceContext
    EntityManager em;

    /** One page of the tickets matching {@code where} (a JPQL condition on t, q, s, c, o) and its total. */
    public Page<TicketSummary> page(String where, Map<String, Object> parameters, TicketSort sort, boolean ascending,
            int first, int pageSize) {
        String direction = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + (sort == null ? TicketSort.CREATED : sort).path() + direction + ", t.id" + direction;
        TypedQuery<TicketSummary> rows = em.createQuery(SUMMARY + FROM + "WHERE " + where + order, TicketSummary.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) " + FROM + "WHERE " + where, Long.class);
        parameters.forEach((name, value) -> {
            rows.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<TicketSummary> page = rows.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE))).getResultList();
        return new Page<>(page, count.getSingleResult());
    }

    /** How many tickets match {@code where}: one count query, no rows. */
    public long count(String where, Map<String, Object> parameters) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) " + FROM + "WHERE " + where, Long.class);
        parameters.forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** At most {@code max} tickets matching {@code where}, in the given JPQL order, without a count. */
    public List<TicketSummary> top(String where, Map<String, Object> parameters, String order, int max) {
        TypedQuery<TicketSummary> query = em.createQuery(SUMMARY + FROM + "WHERE " + where + " ORDER BY " + order + ", t.id",
                TicketSummary.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(Math.max(1, Math.min(max, MAX_PAGE_SIZE))).getResultList();
    }
}
