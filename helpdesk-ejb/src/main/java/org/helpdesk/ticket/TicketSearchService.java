package org.helpdesk.ticket;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
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
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Like;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
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

    public Page<TicketSummary> search(TicketQuery query, TicketSort sort, boolean ascending, int first, int pageSize) {
        Set<Long> groups = agents.grants(agents.current(context)).groupsWith(Permission.RO);
        if (groups.isEmpty()) {
            return new Page<>(List.of(), 0);
        }
        Map<String, Object> parameters = new HashMap<>();
        return lists.page(where(query, groups, parameters), parameters, sort, ascending, first, pageSize);
    }

    /** The calling agent's own tickets still being worked on: owned or locked by them, most urgent first. */
    public List<TicketSummary> myTickets(int max) {
        Agent agent = agents.current(context);
        return dashboardList(agent, "o.id = :me AND s.type IN :open", Map.of("me", agent.getId()),
                "t.priority DESC, t.createdAt", max);
    }

    /** New tickets in the queues the agent may see, oldest first: who has been waiting longest. */
    public List<TicketSummary> newTickets(int max) {
        return dashboardList(agents.current(context), "s.type = :new", Map.of("new", StateType.NEW), "t.createdAt", max);
    }

    /** Open tickets that have an escalation time, the earliest first (escalated ones are already past it). */
    public List<TicketSummary> escalating(int max) {
        return dashboardList(agents.current(context), "t.escalationAt IS NOT NULL AND s.type IN :open", Map.of(),
                "t.escalationAt", max);
    }

    /** How many of the tickets in the agent's queues are in each state still being worked on. */
    public Map<String, Long> stateCounts() {
        Set<Long> groups = agents.current(context).groupIdsWith(Permission.RO);
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        if (!groups.isEmpty()) {
            em.createQuery("SELECT s.name, COUNT(t) FROM Ticket t JOIN t.state s WHERE t.queue.group.id IN :groups "
                    + "AND s.type IN :open GROUP BY s.name, s.id ORDER BY s.id", Object[].class)
                    .setParameter("groups", groups).setParameter("open", TicketQuery.OPEN_TYPES)
                    .getResultStream().forEach(row -> counts.put((String) row[0], (Long) row[1]));
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
        if (condition.contains(":open")) {
            all.put("open", TicketQuery.OPEN_TYPES);
        }
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

    /** How many tickets {@code search} would find in all. */
    public long count(TicketQuery query) {
        Set<Long> groups = agents.grants(agents.current(context)).groupsWith(Permission.RO);
        if (groups.isEmpty()) {
            return 0;
        }
        Map<String, Object> parameters = new HashMap<>();
        return lists.count(where(query, groups, parameters), parameters);
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
        if (notBlank(query.text())) {
            where.append(" AND (").append(Like.like("LOWER(t.title)", "text"))
                    .append(" OR EXISTS (SELECT a.id FROM Article a WHERE a.ticket = t AND (")
                    .append(Like.like("LOWER(a.subject)", "text")).append(" OR ").append(Like.like("LOWER(a.body)", "text"))
                    .append(")))");
            parameters.put("text", Like.containing(query.text()));
        }
        add(where, parameters, "q.id", "queue", query.queueId());
        if (query.stateTypes() != null && !query.stateTypes().isEmpty()) {
            where.append(" AND s.type IN :stateTypes");
            parameters.put("stateTypes", query.stateTypes());
        }
        add(where, parameters, "s.id", "state", query.stateId());
        add(where, parameters, "t.priority", "priority", query.priority());
        add(where, parameters, "t.type.id", "type", query.typeId());
        add(where, parameters, "c.id", "customer", query.customerUserId());
        add(where, parameters, "o.id", "owner", query.ownerId());
        ZoneId zone = settings.timeZone();
        range(where, parameters, "t.createdAt", "created", query.createdFrom(), query.createdTo(), zone);
        range(where, parameters, "t.closedAt", "closed", query.closedFrom(), query.closedTo(), zone);
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

    private static void add(StringBuilder where, Map<String, Object> parameters, String path, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(path).append(" = :").append(name);
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
