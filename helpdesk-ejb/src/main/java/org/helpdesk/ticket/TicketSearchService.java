package org.helpdesk.ticket;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.helpdesk.field.DynamicField;
import org.helpdesk.search.Snippet;
import org.helpdesk.search.TextAnalyzer;
import org.helpdesk.search.TextIndex;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Like;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.ValidationException;

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
    Lookup lookup;

    @Inject
    AgentDirectory agents;

    @Inject
    DeskSettings settings;

    @Inject
    TicketLists lists;

    @Inject
    QueueOverview overview;

    @Inject
    TextIndex index;

    @Inject
    OpenTicketCounts openCounts;

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
        Set<String> terms = notBlank(query.text()) ? TextAnalyzer.terms(query.text()) : Set.of();
        if (notBlank(query.text()) && terms.isEmpty()) {
            throw new ValidationException("text", "search.noWords");
        }
        String where = where(query, groups, parameters);
        return new Criteria(terms.isEmpty() ? where : where + " AND " + index.matching("t.id", terms), parameters, terms);
    }

    private record Criteria(String where, Map<String, Object> parameters, Set<String> terms) {
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

    private String where(TicketQuery query, Set<Long> groups, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder("q.group.id IN :groups");
        parameters.put("groups", groups);
        if (notBlank(query.number())) {
            where.append(" AND ").append(Like.like("t.number", "number"));
            parameters.put("number", Like.startingWith(query.number()));
        }
        if (notBlank(query.title())) {
            where.append(" AND ").append(Like.like("LOWER(t.title)", "title"));
            parameters.put("title", Like.containing(query.title()));
        }
        add(where, parameters, "q.id", "queues", query.queueIds());
        if (TicketQuery.OPEN_TYPES.equals(query.stateTypes())) {
            where.append(" AND t.open = TRUE"); // through the open tickets' indexes
        } else if (query.stateTypes() != null && !query.stateTypes().isEmpty()) {
            where.append(" AND s.type IN :stateTypes");
            parameters.put("stateTypes", query.stateTypes());
        }
        add(where, parameters, "t.state.id", "states", query.stateIds());
        add(where, parameters, "t.priority", "priorities", query.priorities());
        add(where, parameters, "t.type.id", "types", query.typeIds());
        if (query.customerUserId() != null) {
            where.append(" AND t.customer.id = :customer");
            parameters.put("customer", query.customerUserId());
        }
        add(where, parameters, "t.owner.id", "owners", query.ownerIds());
        ZoneId zone = settings.timeZone();
        range(where, parameters, "t.createdAt", "created", query.createdFrom(), query.createdTo(), zone);
        range(where, parameters, "t.closedAt", "closed", query.closedFrom(), query.closedTo(), zone);
        between(where, parameters, "t.createdAt", "createdSince", ">=", query.createdSince());
        between(where, parameters, "t.createdAt", "createdUntil", "<=", query.createdUntil());
        between(where, parameters, "t.closedAt", "closedSince", ">=", query.closedSince());
        between(where, parameters, "t.closedAt", "closedUntil", "<=", query.closedUntil());
        between(where, parameters, "t.changedAt", "changedSince", ">=", query.changedSince());
        between(where, parameters, "t.changedAt", "changedUntil", "<=", query.changedUntil());
        fields(where, parameters, query.fields(), zone);
        return where.toString();
    }

    /** One EXISTS per searched dynamic field: contains for text, equals for choices and dates, the day for a date-time. */
    private void fields(StringBuilder where, Map<String, Object> parameters, Map<Long, String> fields, ZoneId zone) {
        int n = 0;
        for (Map.Entry<Long, String> searched : fields.entrySet()) {
            DynamicField field = lookup.reference(DynamicField.class, searched.getKey(), "fields");
            String name = "df" + n++;
            String value = searched.getValue();
            String condition;
            try {
                condition = switch (field.getType()) {
                    case TEXT -> {
                        parameters.put(name, Like.containing(value));
                        yield Like.like("LOWER(v.text)", name);
                    }
                    case TEXTAREA -> {
                        parameters.put(name, Like.containing(value));
                        yield Like.like("LOWER(v.longText)", name);
                    }
                    case DROPDOWN, MULTISELECT -> {
                        parameters.put(name, value);
                        yield "v.text = :" + name;
                    }
                    case DATE -> {
                        parameters.put(name, LocalDate.parse(value));
                        yield "v.date = :" + name;
                    }
                    case DATETIME -> {
                        LocalDate day = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
                        parameters.put(name + "From", day.atStartOfDay(zone).toInstant());
                        parameters.put(name + "To", day.plusDays(1).atStartOfDay(zone).toInstant());
                        yield "v.time >= :" + name + "From AND v.time < :" + name + "To";
                    }
                    // only ticked boxes are stored (FieldValues)
                    case CHECKBOX -> "v.flag IS NOT NULL";
                };
            } catch (DateTimeException e) {
                throw new ValidationException("fields", "validation.dynamic.date", field.getLabelEs(), field.getLabelEn());
            }
            parameters.put(name + "Field", field.getId());
            where.append(" AND EXISTS (SELECT v.id FROM FieldValue v WHERE v.ticket = t AND v.field.id = :").append(name)
                    .append("Field AND ").append(condition).append(")");
        }
    }

    /** One of the values (a single one compares with "=", which every database plans as well as it can). */
    private static void add(StringBuilder where, Map<String, Object> parameters, String path, String name, Set<?> values) {
        if (values.size() == 1) {
            where.append(" AND ").append(path).append(" = :").append(name);
            parameters.put(name, values.iterator().next());
        } else if (!values.isEmpty()) {
            where.append(" AND ").append(path).append(" IN :").append(name);
            parameters.put(name, values);
        }
    }

    private static void between(StringBuilder where, Map<String, Object> parameters, String path, String name, String comparison,
            Instant value) {
        if (value != null) {
            where.append(" AND ").append(path).append(' ').append(comparison).append(" :").append(name);
            parameters.put(name, value);
        }
    }

    /** Days are the desk's days: from the start of {@code from} to the end of {@code to} in its time zone. */
    private static void range(StringBuilder where, Map<String, Object> parameters, String path, String name,
            LocalDate from, LocalDate to, ZoneId zone) {
        if (from != null) {
            where.append(" AND ").append(path).append(" >= :").append(name).append("From");
            parameters.put(name + "From", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            where.append(" AND ").append(path).append(" < :").append(name).append("To");
            parameters.put(name + "To", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
