package org.helpdesk.ticket;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentSummary;
import org.helpdesk.agent.Permission;
import org.helpdesk.search.Snippet;
import org.helpdesk.search.TextAnalyzer;
import org.helpdesk.search.TextIndex.Part;
import org.helpdesk.shared.Like;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.ticket.TicketConditions.Criteria;

/**
 * The ticket lists agents work from: queue views, searches, dashboards. Every list is filtered
 * to the queues the calling agent may see and paged and sorted in the database.
 */
@Stateless
@RolesAllowed("agent")
public class TicketSearchService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    TicketLists lists;

    @Inject
    QueueOverview overview;

    @Inject
    OpenTicketCounts openCounts;

    @Inject
    TicketConditions conditions;

    @Inject
    SimilarTickets similar;

    /**
     * Searches stop counting here: a list shows "more than 1,000" rather than count every match, and a
     * full-text search ranks its matches when there are at most this many.
     */
    public static final int COUNT_CAP = 1000;

    /**
     * One page of the tickets the agent may see that match {@code query}. With a text, the words are
     * looked up in the full-text index; in {@link TicketSort#RELEVANCE} order, tickets with every word in
     * their title come first, then the newest (or just the newest, past {@link #COUNT_CAP} matches).
     */
    public List<TicketSummary> search(TicketQuery query, TicketSort sort, boolean ascending, int first, int pageSize) {
        Criteria criteria = criteria(query);
        if (criteria == null) {
            return List.of();
        }
        if (sort != TicketSort.RELEVANCE || criteria.terms().isEmpty()) {
            return lists.page(criteria.where(), criteria.parameters(), sort, ascending, first, pageSize);
        }
        List<Object[]> found = lists.candidates(criteria.where(), criteria.parameters(), COUNT_CAP + 1);
        if (found.size() > COUNT_CAP) {
            return lists.page(criteria.where(), criteria.parameters(), TicketSort.CREATED, false, first, pageSize);
        }
        List<Long> ranked = ranked(found, criteria.terms());
        int from = Math.min(Math.max(0, first), ranked.size());
        int to = Math.min(ranked.size(), from + Math.min(pageSize, TicketLists.MAX_PAGE_SIZE));
        return lists.inOrder(ranked.subList(from, to));
    }

    /** The ids of the found rows (id, title, created) with every term in the title first, then the newest. */
    private static List<Long> ranked(List<Object[]> found, Set<String> terms) {
        Comparator<Object[]> titleFirst = Comparator.comparing(row -> !TextAnalyzer.terms((String) row[1]).containsAll(terms));
        return found.stream()
                .sorted(titleFirst.thenComparing((Object[] row) -> (Instant) row[2], Comparator.reverseOrder())
                        .thenComparing((Object[] row) -> (Long) row[0], Comparator.reverseOrder()))
                .map(row -> (Long) row[0]).toList();
    }

    /**
     * How many tickets {@link #search} finds in all; with a text, counting stops past {@link #COUNT_CAP}
     * (a result above it means "more than that").
     */
    public long count(TicketQuery query) {
        if (query.queueIds().size() == 1 && query.equals(TicketQuery.openIn(query.queueIds().iterator().next()))) {
            // the queue view: the shared count of the queue's open tickets, for a queue the agent may see
            long queueId = query.queueIds().iterator().next();
            return overview.of(agents.grants(agents.current(context))).stream()
                    .filter(queue -> queue.queueId() == queueId).mapToLong(QueueCount::openTickets).sum();
        }
        Criteria criteria = criteria(query);
        if (criteria == null) {
            return 0;
        }
        return criteria.terms().isEmpty() ? lists.count(criteria.where(), criteria.parameters())
                : lists.candidates(criteria.where(), criteria.parameters(), COUNT_CAP + 1).size();
    }

    /**
     * For each of the tickets, a piece of the first article body that holds one of the words of {@code text},
     * with those words marked (a title or subject shows in the list already); tickets the agent may not see,
     * or without such a body, get none.
     */
    public Map<Long, Snippet> snippets(Collection<Long> ticketIds, String text) {
        Set<Long> groups = agents.grants(agents.current(context)).groupsWith(Permission.RO);
        Set<String> terms = TextAnalyzer.terms(text);
        Map<Long, Snippet> snippets = new HashMap<>();
        if (groups.isEmpty() || terms.isEmpty() || ticketIds.isEmpty()) {
            return snippets;
        }
        em.createQuery("SELECT a.ticket.id, a.body FROM Article a WHERE a.ticket.id IN :ids "
                + "AND a.ticket.queue.group.id IN :groups ORDER BY a.createdAt, a.id", Object[].class)
                .setParameter("ids", ticketIds).setParameter("groups", groups).getResultStream()
                .filter(row -> !snippets.containsKey((Long) row[0]))
                .forEach(row -> {
                    Snippet snippet = Snippet.of((String) row[1], terms);
                    if (snippet != null) {
                        snippets.put((Long) row[0], snippet);
                    }
                });
        return snippets;
    }

    /** The condition for {@code query} in the agent's queues, and the searched terms; null when the agent sees no queue. */
    private Criteria criteria(TicketQuery query) {
        Set<Long> groups = agents.grants(agents.current(context)).groupsWith(Permission.RO);
        if (groups.isEmpty()) {
            return null;
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("groups", groups);
        return conditions.of("q.group.id IN :groups", parameters, query, Part.ALL);
    }

    /**
     * Solved tickets like this one (by its title) in the queues the agent may read, best first: known
     * solutions while the ticket is worked on. Never the ticket itself.
     */
    public List<TicketSummary> similarSolved(long ticketId, int max) {
        Agent agent = agents.current(context);
        Ticket ticket = em.find(Ticket.class, ticketId);
        if (ticket == null) {
            throw new NotFoundException("ticket", ticketId);
        }
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RO, "ticket", ticketId);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("groups", agents.grants(agent).groupsWith(Permission.RO));
        parameters.put("self", ticketId);
        return similar.solved("q.group.id IN :groups AND t.id <> :self", parameters, ticket.getTitle(), Part.ALL, max);
    }

    /** The calling agent's own tickets still being worked on: owned or locked by them, most urgent first. */
    public List<TicketSummary> myTickets(int max) {
        Agent agent = agents.current(context);
        return dashboardList(agent, "t.owner.id = :me AND t.open = TRUE", Map.of("me", agent.getId()),
                "t.priority DESC, t.createdAt", max);
    }

    /** New tickets in the queues the agent may see, oldest first: who has been waiting longest. */
    public List<TicketSummary> newTickets(int max) {
        // by the states' ids rather than their type: read from the open tickets' state index in creation order
        // (on MariaDB a condition on the joined state made it sort every open ticket)
        List<TicketState> fresh = em.createQuery("SELECT s FROM TicketState s WHERE s.type = :new", TicketState.class)
                .setParameter("new", StateType.NEW).getResultList();
        return dashboardList(agents.current(context), "t.open = TRUE AND t.state IN :fresh", Map.of("fresh", fresh),
                "t.createdAt", max);
    }

    /** Open tickets that have an escalation time, the earliest first (escalated ones are already past it). */
    public List<TicketSummary> escalating(int max) {
        return dashboardList(agents.current(context), "t.escalationAt IS NOT NULL AND t.open = TRUE", Map.of(),
                "t.escalationAt", max);
    }

    /** How many of the tickets in the agent's queues are in each state still being worked on (see {@link OpenTicketCounts}). */
    public Map<String, Long> stateCounts() {
        List<Long> queues = overview.of(agents.grants(agents.current(context))).stream().map(QueueCount::queueId).toList();
        Map<Long, Long> byState = openCounts.snapshot().byState(queues);
        Map<String, Long> counts = new LinkedHashMap<>();
        if (!byState.isEmpty()) {
            em.createQuery("SELECT s.id, s.name FROM TicketState s WHERE s.id IN :states ORDER BY s.id", Object[].class)
                    .setParameter("states", byState.keySet()).getResultStream()
                    .forEach(row -> counts.put((String) row[1], byState.get((Long) row[0])));
        }
        return counts;
    }

    private List<TicketSummary> dashboardList(Agent agent, String condition, Map<String, Object> parameters, String order,
            int max) {
        Set<Long> groups = agent.groupIdsWith(Permission.RO);
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("groups", groups);
        return lists.top("q.group.id IN :groups AND " + condition, all, order, max);
    }

    /** Valid agents whose login or name starts with {@code term}, to search tickets by owner. */
    public List<AgentSummary> owners(String term, int max) {
        agents.current(context);
        if (term == null || term.isBlank()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Agent a WHERE a.valid = TRUE AND (" + Like.like("LOWER(a.login)", "p")
                + " OR " + Like.like("LOWER(a.firstName)", "p") + " OR " + Like.like("LOWER(a.lastName)", "p")
                + ") ORDER BY a.lastName, a.firstName", Agent.class)
                .setParameter("p", Like.startingWith(term)).setMaxResults(Math.min(max, 50))
                .getResultStream().map(AgentSummary::of).toList();
    }

    /** The queues the agent may see, each with its number of tickets still being worked on. */
    public List<QueueCount> queueOverview() {
        return overview.of(agents.grants(agents.current(context)));
    }
}
