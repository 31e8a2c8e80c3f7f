package org.helpdesk.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentSummary;
import org.helpdesk.agent.Grants;
import org.helpdesk.agent.Permission;
import org.helpdesk.field.DynamicField;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;
import org.helpdesk.ticket.TicketZoom.Actions;
import org.helpdesk.ticket.TicketZoom.ArticleView;
import org.helpdesk.ticket.TicketZoom.AttachmentInfo;
import org.helpdesk.ticket.TicketZoom.Choice;
import org.helpdesk.ticket.TicketZoom.Facts;
import org.helpdesk.ticket.TicketZoom.FieldShown;
import org.helpdesk.ticket.TicketZoom.HistoryLine;
import org.helpdesk.ticket.TicketZoom.Value;

/**
 * The agent's ticket zoom as one read: {@link #zoom} returns all the page shows, checked once
 * against the calling agent's permissions, in a fixed number of queries whatever the number of
 * articles, attachments or history entries (projections, no entity graphs, no attachment bytes).
 * The zoom's actions go through {@link TicketService} as before and return the ticket's new
 * state, read in the same transaction.
 */
@Stateless
@RolesAllowed("agent")
public class TicketZoomService {

    /** The history entries the zoom reads at first; the page asks for more with {@link #history}. */
    public static final int HISTORY_PAGE = 50;
    /** How many of the customer's other tickets the zoom shows. */
    public static final int CUSTOMER_TICKETS = 6;

    private static final String FACTS = "SELECT t.id, t.version, t.number, t.title, s.id, s.name, s.type, t.priority, "
            + "q.id, q.name, q.group.id, ty.id, ty.name, c.id, c.firstName, c.lastName, c.login, co.name, "
            + "o.id, o.firstName, o.lastName, t.locked, r.id, r.firstName, r.lastName, "
            + "t.createdAt, t.pendingUntil, t.firstResponseDue, t.updateDue, t.solutionDue, t.escalationAt, "
            + "sv.id, sv.name, sl.id, sl.name "
            + "FROM Ticket t JOIN t.queue q JOIN t.state s JOIN t.type ty JOIN t.customer c LEFT JOIN t.company co "
            + "LEFT JOIN t.owner o LEFT JOIN t.responsible r LEFT JOIN t.service sv LEFT JOIN t.sla sl WHERE t.id = :ticket";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    TicketLists lists;

    @Inject
    QueueOverview queues;

    @Inject
    DeskSettings settings;

    @EJB
    TicketService tickets;

    /** All the zoom shows of a ticket the calling agent may see ("not found" otherwise). */
    public TicketZoom zoom(long ticketId) {
        return read(ticketId);
    }

    /** A page of the ticket's history, oldest first, for an agent who may see the ticket. */
    public Page<HistoryLine> history(long ticketId, int first, int pageSize) {
        Agent agent = agents.current(context);
        Long group = em.createQuery("SELECT t.queue.group.id FROM Ticket t WHERE t.id = :ticket", Long.class)
                .setParameter("ticket", ticketId).getResultStream().findFirst().orElse(null);
        if (group == null || !agents.grants(agent).holds(group, Permission.RO)) {
            throw new NotFoundException("Ticket", ticketId);
        }
        return history(ticketId, first, Math.max(1, Math.min(pageSize, TicketLists.MAX_PAGE_SIZE)), true);
    }

    /** Adds an article (see {@link TicketService#addArticle}) and returns the ticket's new state. */
    public TicketZoom addArticle(long ticketId, long version, NewArticle content) {
        tickets.addArticle(ticketId, version, content);
        return read(ticketId);
    }

    public TicketZoom move(long ticketId, long version, Long queueId) {
        tickets.move(ticketId, version, queueId);
        return read(ticketId);
    }

    public TicketZoom changePriority(long ticketId, long version, int priority, String reason) {
        tickets.changePriority(ticketId, version, priority, reason);
        return read(ticketId);
    }

    public TicketZoom changeType(long ticketId, long version, Long typeId) {
        tickets.changeType(ticketId, version, typeId);
        return read(ticketId);
    }

    /**
     * The ticket's title, customer, service and SLA as the agent left them in the zoom, in one transaction;
     * what did not change stays as it is (no SLA: the service's default one).
     */
    public TicketZoom changeDetails(long ticketId, long version, String title, Long customerUserId, Long serviceId, Long slaId) {
        Ticket ticket = tickets.changeTitle(ticketId, version, title);
        ticket = tickets.changeCustomer(ticketId, ticket.getVersion(), customerUserId);
        tickets.classify(ticketId, ticket.getVersion(), serviceId, slaId);
        return read(ticketId);
    }

    public TicketZoom changeState(long ticketId, long version, Long stateId) {
        tickets.changeState(ticketId, version, stateId);
        return read(ticketId);
    }

    public TicketZoom setPending(long ticketId, long version, Long stateId, Instant until) {
        tickets.setPending(ticketId, version, stateId, until);
        return read(ticketId);
    }

    public TicketZoom setOwner(long ticketId, long version, Long ownerId) {
        tickets.setOwner(ticketId, version, ownerId);
        return read(ticketId);
    }

    public TicketZoom setResponsible(long ticketId, long version, Long responsibleId) {
        tickets.setResponsible(ticketId, version, responsibleId);
        return read(ticketId);
    }

    public TicketZoom lock(long ticketId, long version) {
        tickets.lock(ticketId, version);
        return read(ticketId);
    }

    public TicketZoom unlock(long ticketId, long version) {
        tickets.unlock(ticketId, version);
        return read(ticketId);
    }

    /** Merges the ticket into the one with the given number and returns that one, which the zoom shows next. */
    public TicketZoom merge(long ticketId, long version, String targetNumber) {
        Ticket target = tickets.getByNumber(targetNumber == null ? "" : targetNumber.trim());
        tickets.merge(ticketId, version, target.getId());
        return read(target.getId());
    }

    /** Replaces the values of the zoom's dynamic fields (see {@link TicketService#changeFields}). */
    public TicketZoom saveFields(long ticketId, Map<Long, List<String>> input) {
        tickets.changeFields(ticketId, input);
        return read(ticketId);
    }

    private TicketZoom read(long ticketId) {
        Agent agent = agents.current(context);
        Grants grants = agents.grants(agent);
        Object[] row = em.createQuery(FACTS, Object[].class).setParameter("ticket", ticketId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Ticket", ticketId));
        long group = (Long) row[10];
        if (!grants.holds(group, Permission.RO)) {
            throw new NotFoundException("Ticket", ticketId); // as for a ticket that does not exist
        }
        Facts facts = facts(row);
        List<Choice> moveTargets = moveTargets(grants, facts.queueId());
        List<DynamicField> fields = zoomFields();
        List<DynamicField> editable = fields.stream().filter(DynamicField::isValid).toList();
        Map<Long, List<Value>> values = values(ticketId);
        return new TicketZoom(facts, articles(ticketId), history(ticketId, 0, HISTORY_PAGE, false),
                customerTickets(grants, facts), actions(grants, group, facts, agent, !moveTargets.isEmpty()), moveTargets,
                owners(group), states(), types(), services(facts.serviceId()), slas(facts.slaId()), responseTemplates(), editable,
                input(editable, values),
                shown(fields, values));
    }

    private static Facts facts(Object[] r) {
        return new Facts((Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], (String) r[5], (StateType) r[6],
                (Integer) r[7], (Long) r[8], (String) r[9], (Long) r[11], (String) r[12], (Long) r[13],
                r[14] + " " + r[15], (String) r[16], (String) r[17], (Long) r[18], r[18] == null ? null : r[19] + " " + r[20],
                (Boolean) r[21], (Long) r[22], r[22] == null ? null : r[23] + " " + r[24], (Instant) r[25], (Instant) r[26],
                (Instant) r[27], (Instant) r[28], (Instant) r[29], (Instant) r[30], (Long) r[31], (String) r[32], (Long) r[33],
                (String) r[34]);
    }

    /** The conversation and, in a second query, the metadata of all its attachments (never their content). */
    private List<ArticleView> articles(long ticketId) {
        Map<Long, List<AttachmentInfo>> files = new HashMap<>();
        em.createQuery("SELECT f.id, f.article.id, f.filename, f.contentType, f.size, f.contentId FROM Attachment f "
                + "WHERE f.article.ticket.id = :ticket ORDER BY f.id", Object[].class).setParameter("ticket", ticketId)
                .getResultStream().forEach(f -> files.computeIfAbsent((Long) f[1], a -> new ArrayList<>())
                        .add(new AttachmentInfo((Long) f[0], (String) f[2], (String) f[3], (Long) f[4], (String) f[5])));
        return em.createQuery("SELECT a.id, a.channel, a.sender, a.visibleForCustomer, a.from, a.to, a.cc, a.subject, a.body, "
                + "a.bodyHtml, a.createdAt, a.createdBy, a.security FROM Article a WHERE a.ticket.id = :ticket ORDER BY a.createdAt, a.id",
                Object[].class).setParameter("ticket", ticketId).getResultStream().map(a -> {
                    List<AttachmentInfo> attached = List.copyOf(files.getOrDefault((Long) a[0], List.of()));
                    return new ArticleView((Long) a[0], (Channel) a[1], (SenderType) a[2], (Boolean) a[3], (String) a[4],
                            (String) a[5], (String) a[6], (String) a[7], (String) a[8], safeHtml((String) a[9], attached),
                            (Instant) a[10], (String) a[11], attached, (ArticleSecurity) a[12]);
                }).toList();
    }

    /** As {@code Article.getSafeHtml()}: inline images ({@code cid:}) point at their attachments, then sanitized. */
    static String safeHtml(String bodyHtml, List<AttachmentInfo> attachments) {
        if (bodyHtml == null) {
            return null;
        }
        String html = bodyHtml;
        for (AttachmentInfo attachment : attachments) {
            if (attachment.contentId() != null) {
                html = html.replace("cid:" + attachment.contentId(), "attachment?id=" + attachment.id());
            }
        }
        return HtmlSanitizer.sanitize(html);
    }

    private Page<HistoryLine> history(long ticketId, int first, int pageSize, boolean alwaysCount) {
        List<HistoryLine> rows = em.createQuery("SELECT h.id, h.type, h.detail, h.createdAt, h.createdBy, h.via FROM HistoryEntry h "
                + "WHERE h.ticket.id = :ticket ORDER BY h.createdAt, h.id", Object[].class).setParameter("ticket", ticketId)
                .setFirstResult(Math.max(0, first)).setMaxResults(pageSize).getResultStream()
                .map(h -> new HistoryLine((Long) h[0], (HistoryType) h[1], (String) h[2], (Instant) h[3], (String) h[4], (String) h[5]))
                .toList();
        long total = !alwaysCount && first == 0 && rows.size() < pageSize ? rows.size()
                : em.createQuery("SELECT COUNT(h) FROM HistoryEntry h WHERE h.ticket.id = :ticket", Long.class)
                        .setParameter("ticket", ticketId).getSingleResult();
        return new Page<>(rows, total);
    }

    private List<TicketSummary> customerTickets(Grants grants, Facts ticket) {
        Set<Long> groups = grants.groupsWith(Permission.RO);
        Map<String, Object> parameters = Map.of("groups", groups, "customer", ticket.customerId(), "self", ticket.id());
        return lists.top("q.group.id IN :groups AND t.customer.id = :customer AND t.id <> :self", parameters, "t.createdAt DESC",
                CUSTOMER_TICKETS);
    }

    /** What the agent may do, by the same rules {@link TicketService} applies. */
    private static Actions actions(Grants grants, long group, Facts ticket, Agent agent, boolean anyMoveTarget) {
        boolean free = !(ticket.locked() && ticket.ownerId() != null && ticket.ownerId() != agent.getId().longValue());
        boolean rw = grants.holds(group, Permission.RW);
        boolean owner = grants.holds(group, Permission.OWNER);
        return new Actions(grants.holds(group, Permission.NOTE), rw && free,
                grants.holds(group, Permission.MOVE_INTO) && free && anyMoveTarget, rw && free,
                grants.holds(group, Permission.PRIORITY) && free, rw && free, owner, rw, owner && !ticket.locked(),
                owner && ticket.locked() && (free || rw), rw && free, rw);
    }

    private List<Choice> moveTargets(Grants grants, long currentQueue) {
        return queues.with(grants, Permission.MOVE_INTO).stream().filter(q -> q.id() != currentQueue).toList();
    }

    /** The valid agents holding the owner permission (or rw) on the group, directly or through a valid role. */
    private List<AgentSummary> owners(long group) {
        return em.createQuery("SELECT DISTINCT a.id, a.login, a.firstName, a.lastName FROM Agent a LEFT JOIN a.permissions p "
                + "LEFT JOIN a.roles r LEFT JOIN r.permissions rp WHERE a.valid = TRUE AND ("
                + "(p.group.id = :group AND p.permission IN :permissions) OR "
                + "(r.valid = TRUE AND rp.group.id = :group AND rp.permission IN :permissions)) ORDER BY a.lastName, a.firstName",
                Object[].class).setParameter("group", group).setParameter("permissions", Set.of(Permission.OWNER, Permission.RW))
                .getResultStream().map(a -> new AgentSummary((Long) a[0], (String) a[1], a[2] + " " + a[3])).toList();
    }

    private List<TicketState> states() {
        return settableStates(em);
    }

    /** The valid states an agent may set by hand: all but "merged", which only merging sets. */
    static List<TicketState> settableStates(EntityManager em) {
        return em.createQuery("SELECT s FROM TicketState s WHERE s.valid = TRUE AND s.type <> :merged ORDER BY s.id",
                TicketState.class).setParameter("merged", StateType.MERGED).getResultList();
    }

    private List<TicketType> types() {
        return em.createQuery("SELECT t FROM TicketType t WHERE t.valid = TRUE ORDER BY t.id", TicketType.class).getResultList();
    }

    /** The valid services, and the ticket's own even if it is no longer valid (a save must not drop it). */
    private List<Choice> services(Long current) {
        return em.createQuery("SELECT s.id, s.name FROM ItService s WHERE s.valid = TRUE OR s.id = :current ORDER BY s.name",
                Object[].class).setParameter("current", current == null ? 0L : current)
                .getResultStream().map(s -> new Choice((Long) s[0], (String) s[1])).toList();
    }

    /** The valid SLAs, and the ticket's own even if it is no longer valid. */
    private List<Choice> slas(Long current) {
        return em.createQuery("SELECT s.id, s.name FROM Sla s WHERE s.valid = TRUE OR s.id = :current ORDER BY s.name", Object[].class)
                .setParameter("current", current == null ? 0L : current)
                .getResultStream().map(s -> new Choice((Long) s[0], (String) s[1])).toList();
    }

    private List<Choice> responseTemplates() {
        return em.createQuery("SELECT t.id, t.name FROM ResponseTemplate t WHERE t.valid = TRUE ORDER BY t.name", Object[].class)
                .getResultStream().map(t -> new Choice((Long) t[0], (String) t[1])).toList();
    }

    /** Every field the zoom shows, valid or not (a field switched off still shows its values), in order. */
    private List<DynamicField> zoomFields() {
        return em.createQuery("SELECT f FROM DynamicField f WHERE f.showZoom = TRUE ORDER BY f.position, f.name",
                DynamicField.class).getResultList();
    }

    /** The ticket's stored values by field id, in the order they were stored. */
    private Map<Long, List<Value>> values(long ticketId) {
        Map<Long, List<Value>> values = new HashMap<>();
        em.createQuery("SELECT v.field.id, v.text, v.longText, v.date, v.time, v.flag FROM FieldValue v "
                + "WHERE v.ticket.id = :ticket ORDER BY v.id", Object[].class).setParameter("ticket", ticketId)
                .getResultStream().forEach(v -> values.computeIfAbsent((Long) v[0], f -> new ArrayList<>())
                        .add(new Value(v[1] != null ? (String) v[1] : (String) v[2], (LocalDate) v[3], (Instant) v[4],
                                (Boolean) v[5])));
        return values;
    }

    /** The values of the fields the agent may edit on the zoom (the valid ones) as form input. */
    private Map<Long, List<String>> input(List<DynamicField> editable, Map<Long, List<Value>> values) {
        Map<Long, List<String>> input = new LinkedHashMap<>();
        for (DynamicField field : editable) {
            List<Value> stored = values.get(field.getId());
            if (stored != null) {
                input.put(field.getId(), stored.stream().map(v -> text(field, v)).toList());
            }
        }
        return Map.copyOf(input);
    }

    private static List<FieldShown> shown(List<DynamicField> fields, Map<Long, List<Value>> values) {
        List<FieldShown> shown = new ArrayList<>();
        for (DynamicField field : fields) {
            List<Value> stored = values.get(field.getId());
            if (stored != null) {
                shown.add(new FieldShown(field, List.copyOf(stored)));
            }
        }
        return List.copyOf(shown);
    }

    /** A value as form input, as {@code FieldValues.text} writes it. */
    private String text(DynamicField field, Value value) {
        return switch (field.getType()) {
            case DATE -> value.date().toString();
            case DATETIME -> LocalDateTime.ofInstant(value.time(), settings.timeZone()).toString();
            case CHECKBOX -> String.valueOf(Boolean.TRUE.equals(value.flag()));
            default -> value.text();
        };
    }
}
