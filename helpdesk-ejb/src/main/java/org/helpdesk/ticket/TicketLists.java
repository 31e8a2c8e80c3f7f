package org.helpdesk.ticket;

import java.sql.SQLTimeoutException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.persistence.TypedQuery;

import org.helpdesk.shared.ValidationException;

/**
 * The one way ticket lists are read: a projection to {@link TicketSummary} (no entities, no lazy
 * loading) with the caller's conditions, sorted and paged in the database. The services decide
 * the conditions, and with them who sees what. A page and its count are separate reads, so a
 * table that asks for both runs each once.
 */
@ApplicationScoped
public class TicketLists {

    /** Lists never return more rows than this in one page. */
    public static final int MAX_PAGE_SIZE = 500;

    /** How long a search's statement may run before the database stops it and the user is asked to narrow it. */
    static final int SEARCH_TIMEOUT_MS = 10_000;

    private static final String TIMEOUT_HINT = "jakarta.persistence.query.timeout";
    private static final String SUMMARY = "SELECT NEW org.helpdesk.ticket.TicketSummary(t.id, t.number, t.title, q.name, "
            + "s.name, s.type, t.priority, c.firstName, c.lastName, o.login, t.locked, t.createdAt, "
            + "t.escalationAt) ";
    /*
     * The state and the customer are always there; joined as outer joins all the same, so that MariaDB reads the
     * tickets first, through the open tickets' index in the list's order, instead of starting from the states and
     * sorting every open ticket of the queue (150 ms at 100,000 tickets; 10 ms this way). PostgreSQL plans both alike.
     * H2 keeps outer joins in the order written: conditions go on the ticket's own columns (t.customer.id, not c.id),
     * so its indexes on the ticket serve them.
     */
    private static final String FROM = "FROM Ticket t JOIN t.queue q LEFT JOIN t.state s LEFT JOIN t.customer c "
            + "LEFT JOIN t.owner o ";

    @PersistenceContext
    EntityManager em;

    /** One page of the tickets matching {@code where} (a JPQL condition on t, q, s, c, o), without a count. */
    public List<TicketSummary> page(String where, Map<String, Object> parameters, TicketSort sort, boolean ascending,
            int first, int pageSize) {
        String direction = ascending ? " ASC" : " DESC";
        String order = " ORDER BY " + (sort == null ? TicketSort.CREATED : sort).path() + direction + ", t.id" + direction;
        TypedQuery<TicketSummary> rows = em.createQuery(SUMMARY + FROM + "WHERE " + where + order, TicketSummary.class);
        parameters.forEach(rows::setParameter);
        return timed(rows, () -> rows.setFirstResult(Math.max(0, first)).setMaxResults(size(pageSize)).getResultList());
    }

    /** How many tickets match {@code where}: one count query, no rows. */
    public long count(String where, Map<String, Object> parameters) {
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) " + FROM + "WHERE " + where, Long.class);
        parameters.forEach(count::setParameter);
        return timed(count, count::getSingleResult);
    }

    /**
     * Up to {@code max} of the tickets matching {@code where} in no particular order, as rows of id,
     * title and creation time: what a full-text search ranks when it finds few enough.
     */
    List<Object[]> candidates(String where, Map<String, Object> parameters, int max) {
        TypedQuery<Object[]> query = em.createQuery("SELECT t.id, t.title, t.createdAt " + FROM + "WHERE " + where,
                Object[].class);
        parameters.forEach(query::setParameter);
        return timed(query, () -> query.setMaxResults(max).getResultList());
    }

    /**
     * The newest (by id) {@code max} of the tickets matching {@code where}, as their ids and titles in that
     * order: the candidates a ranking of similar tickets looks at.
     */
    Map<Long, String> newest(String where, Map<String, Object> parameters, int max) {
        TypedQuery<Object[]> query = em.createQuery("SELECT t.id, t.title " + FROM + "WHERE " + where + " ORDER BY t.id DESC",
                Object[].class);
        parameters.forEach(query::setParameter);
        Map<Long, String> newest = new LinkedHashMap<>();
        timed(query, () -> query.setMaxResults(max).getResultList()).forEach(row -> newest.put((Long) row[0], (String) row[1]));
        return newest;
    }

    /** The tickets with these ids, in the order of {@code ids} (those not found are left out). */
    List<TicketSummary> inOrder(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TicketSummary> found = em.createQuery(SUMMARY + FROM + "WHERE t.id IN :ids", TicketSummary.class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(TicketSummary::id, Function.identity()));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** At most {@code max} tickets matching {@code where}, in the given JPQL order, without a count. */
    public List<TicketSummary> top(String where, Map<String, Object> parameters, String order, int max) {
        TypedQuery<TicketSummary> query = em.createQuery(SUMMARY + FROM + "WHERE " + where + " ORDER BY " + order + ", t.id",
                TicketSummary.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(size(max)).getResultList();
    }

    private static int size(int pageSize) {
        return Math.max(1, Math.min(pageSize, MAX_PAGE_SIZE));
    }

    /**
     * Runs a list's query with the search time limit: a statement the database stops for running too
     * long becomes a message that asks for a narrower search, not an error page.
     */
    private static <T> T timed(TypedQuery<?> query, Supplier<T> read) {
        query.setHint(TIMEOUT_HINT, SEARCH_TIMEOUT_MS);
        try {
            return read.get();
        } catch (QueryTimeoutException e) {
            throw tooLong();
        } catch (PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLTimeoutException || cause instanceof QueryTimeoutException
                        || cause instanceof java.sql.SQLException sql && ("57014".equals(sql.getSQLState())
                                || sql.getErrorCode() == 1969 || "70100".equals(sql.getSQLState()))) {
                    throw tooLong();
                }
            }
            throw e;
        }
    }

    private static ValidationException tooLong() {
        return new ValidationException("text", "search.tooLong");
    }
}
