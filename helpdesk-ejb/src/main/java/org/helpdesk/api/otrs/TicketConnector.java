package org.helpdesk.api.otrs;

import static org.helpdesk.api.otrs.TicketJson.epoch;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.DynamicField;
import org.helpdesk.mail.mime.HtmlToText;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.shared.Jsons;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.PermissionDeniedException;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.FieldValue;
import org.helpdesk.ticket.FieldValues;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.ticket.NewCustomerTicket;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.SenderType;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketLists;
import org.helpdesk.ticket.TicketPriority;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.ticket.TicketZoomService;

/**
 * Znuny's / OTRS's GenericTicketConnector over Helpdesk's own services: TicketCreate, TicketGet,
 * TicketSearch, TicketUpdate and TicketHistoryGet with the parameter and field names those operations
 * have, so that clients written for OTRS keep working. The caller is an agent or a customer (see the REST
 * provider in the web module); every operation goes through the same services and permission checks as the
 * screens, and runs in one transaction: a refused request stores nothing. Values come back as text, and
 * times as {@code YYYY-MM-DD HH:MM:SS} in UTC, as OTRS gives them.
 */
@Stateless
@RolesAllowed({"agent", "customer"})
public class TicketConnector {

    /** TicketSearch's default and largest number of ids. */
    static final int SEARCH_LIMIT = 500;
    static final int LARGEST_SEARCH_LIMIT = 10_000;

    @Resource
    SessionContext context;

    @EJB
    TicketService tickets;

    @EJB
    CustomerTicketService customerTickets;

    @EJB
    TicketSearchService search;

    @EJB
    TicketZoomService zoom;

    @Inject
    FieldValues fieldValues;

    @Inject
    TicketJson ticketJson;

    @PersistenceContext
    EntityManager em;

    // ---- TicketCreate ----

    public JsonObject ticketCreate(JsonObject data) {
        Request request = new Request("TicketCreate", data);
        return refusing(request, () -> {
            Request ticket = request.object("Ticket");
            Request article = request.object("Article");
            if (ticket == null) {
                throw new ConnectorException("TicketCreate.MissingParameter", "TicketCreate: Ticket parameter is missing or not valid!");
            }
            if (article == null) {
                throw new ConnectorException("TicketCreate.MissingParameter", "TicketCreate: Article parameter is missing or not valid!");
            }
            String title = ticket.requiredText("Title");
            long queueId = required(ticket, "Queue", "QueueID", "Queue");
            Long typeId = required(ticket, "Type", "TypeID", "TicketType");
            Long serviceId = optional(ticket, "Service", "ServiceID", "ItService");
            Map<Long, List<String>> fields = fields(request);
            List<NewAttachment> attachments = attachments(request);
            Ticket created;
            if (agent()) {
                TicketState state = state(ticket);
                int priority = priority(ticket);
                Long customerId = customer(ticket);
                Long slaId = optional(ticket, "SLA", "SLAID", "Sla");
                NewArticle first = article(article, SenderType.AGENT, attachments);
                boolean initial = !state.getType().isFinished() && !state.getType().isPending();
                created = tickets.create(new NewTicket(title, queueId, initial ? state.getId() : null, priority, typeId, customerId,
                        serviceId, slaId, first, fields));
                created = afterCreate(ticket, created, state);
            } else {
                String body = body(article);
                created = customerTickets.create(new NewCustomerTicket(typeId, queueId, Level.MEDIUM, Level.MEDIUM, serviceId, title,
                        body, attachments, fields));
            }
            Article first = created.getFirstArticle();
            return Jsons.object().add("TicketID", String.valueOf(created.getId()))
                    .add("TicketNumber", created.getNumber())
                    .add("ArticleID", first == null ? "" : String.valueOf(first.getId())).build();
        });
    }

    /** What a new ticket gets after it is registered: a pending or closed state, owner, responsible. */
    private Ticket afterCreate(Request ticket, Ticket created, TicketState state) {
        Ticket now = state.equals(created.getState()) ? created : enterState(ticket, created, state);
        return assign(ticket, now);
    }

    /** Puts the ticket into the state: pending (until PendingTime), closed, or another one still worked on. */
    private Ticket enterState(Request ticket, Ticket now, TicketState state) {
        StateType type = state.getType();
        if (type.isPending()) {
            return tickets.setPending(now.getId(), now.getVersion(), state.getId(), pendingTime(ticket));
        }
        if (type == StateType.CLOSED) {
            return tickets.close(now.getId(), now.getVersion(), state.getId(), null);
        }
        if (type.isFinished()) {
            throw ticket.invalid("State"); // merged and removed only through their own actions
        }
        return tickets.changeState(now.getId(), now.getVersion(), state.getId());
    }

    /** The owner and responsible the request names, if it does. */
    private Ticket assign(Request ticket, Ticket current) {
        Ticket now = current;
        Long ownerId = agentId(ticket, "Owner", "OwnerID");
        if (ownerId != null) {
            now = tickets.setOwner(now.getId(), now.getVersion(), ownerId);
        }
        Long responsibleId = agentId(ticket, "Responsible", "ResponsibleID");
        if (responsibleId != null) {
            now = tickets.setResponsible(now.getId(), now.getVersion(), responsibleId);
        }
        return now;
    }

    // ---- TicketUpdate ----

    public JsonObject ticketUpdate(JsonObject data) {
        Request request = new Request("TicketUpdate", data);
        return refusing(request, () -> {
            Ticket current = ticketToUpdate(request);
            Request ticket = request.object("Ticket");
            Request article = request.object("Article");
            if (!request.objects("Attachment").isEmpty() && article == null) {
                throw new ConnectorException("TicketUpdate.MissingParameter", "TicketUpdate: Article is required for attachments!");
            }
            Long articleId = null;
            if (agent()) {
                if (ticket != null) {
                    // a priority change needs a reason (ITIL): the article's subject, else the operation's name
                    String reason = article == null ? null : article.text("Subject");
                    current = changeTicket(ticket, current, reason == null ? "TicketUpdate" : reason);
                }
                Map<Long, List<String>> fields = fields(request);
                if (!fields.isEmpty()) {
                    Map<Long, List<String>> all = new LinkedHashMap<>(fieldValues.input(current));
                    all.putAll(fields);
                    zoom.saveFields(current.getId(), all);
                }
                if (article != null) {
                    articleId = tickets.addArticle(current.getId(), tickets.get(current.getId()).getVersion(),
                            article(article, SenderType.AGENT, attachments(request))).getId();
                }
            } else {
                if (ticket != null || request.has("DynamicField")) {
                    throw new ConnectorException("TicketUpdate.AccessDenied", "TicketUpdate: A customer can only add an article!");
                }
                if (article != null) {
                    Ticket replied = customerTickets.reply(current.getId(), body(article), attachments(request));
                    List<Article> articles = customerTickets.articles(replied.getId());
                    articleId = articles.get(articles.size() - 1).getId();
                }
            }
            JsonObjectBuilder result = Jsons.object().add("TicketID", String.valueOf(current.getId()))
                    .add("TicketNumber", current.getNumber());
            if (articleId != null) {
                result.add("ArticleID", String.valueOf(articleId));
            }
            return result.build();
        });
    }

    /** The ticket by TicketID or TicketNumber, as the caller may see it. */
    private Ticket ticketToUpdate(Request request) {
        Long ticketId = request.id("TicketID");
        if (ticketId == null) {
            String number = request.text("TicketNumber");
            if (number == null) {
                throw new ConnectorException("TicketUpdate.MissingParameter", "TicketUpdate: TicketID or TicketNumber is required!");
            }
            ticketId = em.createQuery("SELECT t.id FROM Ticket t WHERE t.number = :number", Long.class).setParameter("number", number)
                    .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("ticket", number));
        }
        return agent() ? tickets.get(ticketId) : customerTickets.get(ticketId);
    }

    /** The ticket's attributes the request changes, each through the service that changes it on the screens. */
    private Ticket changeTicket(Request ticket, Ticket current, String reason) {
        Ticket now = current;
        String title = ticket.text("Title");
        if (title != null && !title.equals(now.getTitle())) {
            now = tickets.changeTitle(now.getId(), now.getVersion(), title);
        }
        if (ticket.has("CustomerUser")) {
            Long customerId = customer(ticket);
            if (!customerId.equals(now.getCustomer().getId())) {
                now = tickets.changeCustomer(now.getId(), now.getVersion(), customerId);
            }
        }
        String company = ticket.text("CustomerID");
        if (company != null && (now.getCompany() == null || !company.equals(now.getCompany().getCode()))) {
            // the company is the customer user's: it follows CustomerUser and cannot be set apart from it
            throw ticket.invalid("CustomerID");
        }
        now = classify(ticket, now);
        Long queueId = optional(ticket, "Queue", "QueueID", "Queue");
        if (queueId != null && !queueId.equals(now.getQueue().getId())) {
            now = tickets.move(now.getId(), now.getVersion(), queueId);
        }
        Long typeId = optional(ticket, "Type", "TypeID", "TicketType");
        if (typeId != null && !typeId.equals(now.getType().getId())) {
            now = tickets.changeType(now.getId(), now.getVersion(), typeId);
        }
        if (ticket.has("Priority") || ticket.has("PriorityID")) {
            int priority = priority(ticket);
            if (priority != now.getPriority()) {
                now = tickets.changePriority(now.getId(), now.getVersion(), priority, reason);
            }
        }
        now = assign(ticket, now);
        String lock = ticket.text("Lock");
        Long lockId = ticket.id("LockID");
        if ("lock".equalsIgnoreCase(lock) || Long.valueOf(2).equals(lockId)) {
            now = now.isLocked() ? now : tickets.lock(now.getId(), now.getVersion());
        } else if ("unlock".equalsIgnoreCase(lock) || Long.valueOf(1).equals(lockId)) {
            now = now.isLocked() ? tickets.unlock(now.getId(), now.getVersion()) : now;
        } else if (lock != null || lockId != null) {
            throw ticket.invalid("Lock");
        }
        if (ticket.has("State") || ticket.has("StateID")) {
            TicketState state = state(ticket);
            if (!state.equals(now.getState())) {
                now = enterState(ticket, now, state);
            }
        }
        return now;
    }

    /** The service and SLA the request names; a new service without an SLA brings the service's default SLA. */
    private Ticket classify(Request ticket, Ticket now) {
        boolean service = ticket.has("Service") || ticket.has("ServiceID");
        boolean sla = ticket.has("SLA") || ticket.has("SLAID");
        if (!service && !sla) {
            return now;
        }
        Long serviceId = service ? optional(ticket, "Service", "ServiceID", "ItService") : idOf(now.getService());
        Long slaId = sla ? optional(ticket, "SLA", "SLAID", "Sla")
                : Objects.equals(serviceId, idOf(now.getService())) ? idOf(now.getSla()) : null;
        if (Objects.equals(serviceId, idOf(now.getService())) && Objects.equals(slaId, idOf(now.getSla()))) {
            return now;
        }
        return tickets.classify(now.getId(), now.getVersion(), serviceId, slaId);
    }

    private static Long idOf(BaseEntity entity) {
        return entity == null ? null : entity.getId();
    }

    // ---- TicketGet ----

    public JsonObject ticketGet(JsonObject data) {
        Request request = new Request("TicketGet", data);
        return refusing(request, () -> {
            if (!request.has("TicketID")) {
                throw new ConnectorException("TicketGet.MissingParameter", "TicketGet: TicketID parameter is missing!");
            }
            List<Long> ids = request.ids("TicketID");
            boolean withFields = request.flag("DynamicFields", false);
            boolean extended = request.flag("Extended", false);
            boolean withArticles = request.flag("AllArticles", false);
            boolean withAttachments = request.flag("Attachments", false);
            boolean withContents = request.flag("GetAttachmentContents", true);
            boolean htmlBody = request.flag("HTMLBodyAsAttachment", false);
            Set<String> senders = new HashSet<>(request.texts("ArticleSenderType"));
            boolean newestFirst = "DESC".equalsIgnoreCase(request.text("ArticleOrder"));
            Long limit = request.id("ArticleLimit");
            JsonArrayBuilder found = Jsons.array();
            for (long id : ids) {
                Ticket ticket = agent() ? tickets.get(id) : customerTickets.get(id);
                JsonObjectBuilder json = ticketJson.of(ticket);
                if (extended) {
                    ticketJson.extended(json, ticket);
                }
                if (withFields) {
                    json.add("DynamicField", fieldsJson(ticket));
                }
                if (withArticles) {
                    List<Article> articles = new ArrayList<>(agent() ? tickets.articles(id) : customerTickets.articles(id));
                    articles.removeIf(a -> !senders.isEmpty() && !senders.contains(a.getSender().name().toLowerCase(Locale.ROOT)));
                    if (newestFirst) {
                        articles.sort(Comparator.comparing(Article::getCreatedAt).thenComparing(Article::getId).reversed());
                    }
                    JsonArrayBuilder shown = Jsons.array();
                    int number = 0;
                    for (Article article : articles) {
                        if (limit != null && number >= limit) {
                            break;
                        }
                        shown.add(articleJson(article, ++number, withAttachments, withContents, htmlBody));
                    }
                    json.add("Article", shown);
                }
                found.add(json);
            }
            return Jsons.object().add("Ticket", found).build();
        });
    }

    private JsonArrayBuilder fieldsJson(Ticket ticket) {
        JsonArrayBuilder fields = Jsons.array();
        for (Map.Entry<DynamicField, List<FieldValue>> field : fieldValues.of(ticket).entrySet()) {
            List<String> values = field.getValue().stream().map(v -> fieldValues.text(field.getKey(), v)).toList();
            JsonObjectBuilder json = Jsons.object().add("Name", field.getKey().getName());
            if (values.size() == 1 && !field.getKey().getType().name().equals("MULTISELECT")) {
                json.add("Value", values.get(0));
            } else {
                JsonArrayBuilder many = Jsons.array();
                values.forEach(many::add);
                json.add("Value", many);
            }
            fields.add(json);
        }
        return fields;
    }

    /**
     * An article as Znuny's TicketGet gives it: the body as text; an HTML article says {@code text/html} and, with
     * {@code HTMLBodyAsAttachment}, lists its HTML body among the attachments (as Znuny's {@code file-2}).
     */
    private static JsonObjectBuilder articleJson(Article article, int number, boolean withAttachments, boolean withContents,
            boolean htmlBody) {
        String mimeType = article.getBodyHtml() == null ? "text/plain" : "text/html";
        JsonObjectBuilder json = Jsons.object()
                .add("ArticleID", String.valueOf(article.getId()))
                .add("ArticleNumber", String.valueOf(number))
                .add("TicketID", String.valueOf(article.getTicket().getId()))
                .add("From", nullToEmpty(article.getFrom()))
                .add("To", nullToEmpty(article.getTo()))
                .add("Cc", nullToEmpty(article.getCc()))
                .add("ReplyTo", "")
                .add("Subject", nullToEmpty(article.getSubject()))
                .add("Body", nullToEmpty(article.getBody()))
                .add("MessageID", nullToEmpty(article.getMessageId()))
                .add("InReplyTo", nullToEmpty(article.getInReplyTo()))
                .add("References", nullToEmpty(article.getReferences()))
                .add("SenderType", article.getSender().name().toLowerCase(Locale.ROOT))
                .add("SenderTypeID", switch (article.getSender()) {
                    case AGENT -> "1";
                    case SYSTEM -> "2";
                    case CUSTOMER -> "3";
                })
                .add("IsVisibleForCustomer", article.isVisibleForCustomer() ? "1" : "0")
                .add("CommunicationChannel", channelName(article.getChannel()))
                .add("CommunicationChannelID", switch (article.getChannel()) {
                    case EMAIL -> "1";
                    case PHONE -> "2";
                    case INTERNAL, WEB -> "3";
                })
                .add("ContentType", mimeType + "; charset=utf-8")
                .add("MimeType", mimeType)
                .add("Charset", "utf-8")
                .add("CreateTime", TicketJson.time(article.getCreatedAt()))
                .add("IncomingTime", String.valueOf(article.getCreatedAt().getEpochSecond()))
                .add("CreateBy", nullToEmpty(article.getCreatedBy()));
        if (withAttachments) {
            JsonArrayBuilder files = Jsons.array();
            int fileId = 0;
            for (Attachment attachment : article.getAttachments()) {
                files.add(Jsons.object()
                        .add("FileID", String.valueOf(++fileId))
                        .add("Filename", attachment.getFilename())
                        .add("ContentType", attachment.getContentType())
                        .add("ContentID", nullToEmpty(attachment.getContentId()))
                        .add("ContentAlternative", "")
                        .add("FilesizeRaw", String.valueOf(attachment.getSize()))
                        .add("Content", withContents ? Base64.getEncoder().encodeToString(attachment.getContent()) : ""));
            }
            if (htmlBody && article.getBodyHtml() != null) {
                byte[] html = article.getBodyHtml().getBytes(StandardCharsets.UTF_8);
                files.add(Jsons.object()
                        .add("FileID", String.valueOf(++fileId))
                        .add("Filename", "file-2")
                        .add("ContentType", "text/html; charset=\"utf-8\"")
                        .add("ContentID", "")
                        .add("ContentAlternative", "")
                        .add("FilesizeRaw", String.valueOf(html.length))
                        .add("Content", withContents ? Base64.getEncoder().encodeToString(html) : ""));
            }
            json.add("Attachment", files);
        }
        return json;
    }

    // ---- TicketSearch ----

    public JsonObject ticketSearch(JsonObject data) {
        Request request = new Request("TicketSearch", data);
        return refusing(request, () -> {
            int limit = request.has("Limit") ? (int) Math.min(request.id("Limit"), LARGEST_SEARCH_LIMIT) : SEARCH_LIMIT;
            TicketSort sort = sort(request);
            boolean ascending = "Up".equalsIgnoreCase(request.texts("OrderBy").stream().findFirst().orElse("Down"));
            TicketQuery query = query(request);
            if (query == null) {
                return Jsons.object().build();
            }
            // a customer searches the tickets the portal shows them, with the same criteria
            boolean agent = agent();
            List<TicketSummary> found = new ArrayList<>();
            while (found.size() < limit) {
                int wanted = Math.min(TicketLists.MAX_PAGE_SIZE, limit - found.size());
                List<TicketSummary> page = agent ? search.search(query, sort, ascending, found.size(), wanted)
                        : customerTickets.search(query, sort, ascending, found.size(), wanted);
                found.addAll(page);
                if (page.size() < wanted) {
                    break;
                }
            }
            if (found.isEmpty()) {
                return Jsons.object().build(); // as Znuny answers: no TicketID at all
            }
            JsonArrayBuilder ids = Jsons.array();
            found.stream().limit(limit).forEach(t -> ids.add(String.valueOf(t.id())));
            return Jsons.object().add("TicketID", ids).build();
        });
    }

    /** The search asked for, or null when a name given matches nothing (then nothing is found, as in Znuny). */
    private TicketQuery query(Request request) {
        TicketQuery query = TicketQuery.all();
        String number = pattern(request.texts("TicketNumber"));
        if (number != null) {
            query = query.withNumber(number);
        }
        String title = pattern(request.texts("Title"));
        if (title != null) {
            query = query.withTitle(title);
        }
        Set<Long> queues = ids(request, "Queues", "QueueIDs", "Queue");
        Set<Long> states = ids(request, "States", "StateIDs", "TicketState");
        Set<Long> types = ids(request, "Types", "TypeIDs", "TicketType");
        if (queues == null || states == null || types == null) {
            return null;
        }
        query = query.withQueues(queues).withStates(states).withTypes(types);
        Set<Integer> priorities = new HashSet<>();
        for (Long id : request.ids("PriorityIDs")) {
            priorities.add(id.intValue());
        }
        for (String name : request.texts("Priorities")) {
            Integer level = priorityLevel(name);
            if (level == null) {
                return null;
            }
            priorities.add(level);
        }
        query = query.withPriorities(priorities).withOwners(new HashSet<>(request.ids("OwnerIDs")));
        List<String> stateTypes = request.texts("StateType");
        if (!stateTypes.isEmpty()) {
            Set<StateType> types2 = new HashSet<>();
            for (String name : stateTypes) {
                switch (name.toLowerCase(Locale.ROOT)) {
                    case "open" -> types2.addAll(TicketQuery.OPEN_TYPES);
                    case "closed" -> types2.addAll(Set.of(StateType.CLOSED, StateType.MERGED, StateType.REMOVED));
                    default -> types2.add(stateType(request, name));
                }
            }
            query = query.withStateTypes(types2);
        }
        Instant now = Instant.now();
        query = query.withCreatedBetween(newer(request, "TicketCreateTime", now), older(request, "TicketCreateTime", now))
                .withClosedBetween(newer(request, "TicketCloseTime", now), older(request, "TicketCloseTime", now))
                .withChangedBetween(newer(request, "TicketChangeTime", now), older(request, "TicketChangeTime", now));
        Map<Long, String> fields = searchedFields(request);
        if (fields == null) {
            return null;
        }
        query = query.withFields(fields);
        String customer = request.text("CustomerUserLogin");
        if (customer != null) {
            List<Long> ids = em.createQuery("SELECT c.id FROM CustomerUser c WHERE c.login = :login", Long.class)
                    .setParameter("login", customer).getResultList();
            if (ids.isEmpty()) {
                return null;
            }
            query = query.withCustomer(ids.get(0));
        }
        return query;
    }

    /**
     * The dynamic fields searched, as Znuny names them: {@code DynamicField_<Name>} with {@code Equals} or
     * {@code Like} ({@code *} or {@code %} as wildcards at the start and end), or a plain value for Equals. A text field matches
     * when it contains the value, the other kinds when they equal it. Null when a field name is unknown
     * (then nothing is found, as for other unknown names).
     */
    private Map<Long, String> searchedFields(Request request) {
        Map<Long, String> fields = new LinkedHashMap<>();
        for (String key : request.names()) {
            if (!key.startsWith("DynamicField_")) {
                continue;
            }
            String name = key.substring("DynamicField_".length());
            Request condition = request.isObject(key) ? request.object(key) : null;
            String value;
            if (condition == null) {
                value = request.text(key);
            } else {
                for (String operator : condition.names()) {
                    if (!operator.equals("Equals") && !operator.equals("Like")) {
                        throw new ConnectorException("TicketSearch.InvalidParameter", "TicketSearch: " + key + "->" + operator
                                + " is not supported (Equals and Like are)!");
                    }
                }
                value = condition.has("Equals") ? condition.text("Equals") : condition.text("Like");
            }
            if (value == null) {
                continue;
            }
            List<Long> ids = em.createQuery("SELECT f.id FROM DynamicField f WHERE f.name = :name", Long.class)
                    .setParameter("name", name).getResultList();
            if (ids.isEmpty()) {
                return null;
            }
            String searched = value.replaceAll("^[*%]+|[*%]+$", "");
            if (searched.contains("*") || searched.contains("%")) {
                throw new ConnectorException("TicketSearch.InvalidParameter", "TicketSearch: " + key
                        + " may have wildcards at its start and end only!");
            }
            fields.put(ids.get(0), searched);
        }
        return fields;
    }

    /** The later of {@code <prefix>NewerDate} and now minus {@code <prefix>NewerMinutes}; null without either. */
    private static Instant newer(Request request, String prefix, Instant now) {
        return bound(request, prefix + "Newer", now, Comparator.naturalOrder());
    }

    /** The earlier of {@code <prefix>OlderDate} and now minus {@code <prefix>OlderMinutes}; null without either. */
    private static Instant older(Request request, String prefix, Instant now) {
        return bound(request, prefix + "Older", now, Comparator.reverseOrder());
    }

    /** Of {@code <name>Date} and now minus {@code <name>Minutes}, the one {@code tighter} puts last; null without either. */
    private static Instant bound(Request request, String name, Instant now, Comparator<Instant> tighter) {
        Instant date = time(request, name + "Date");
        Long minutes = request.id(name + "Minutes");
        Instant byMinutes = minutes == null ? null : now.minusSeconds(60 * minutes);
        if (date == null || byMinutes == null) {
            return date == null ? byMinutes : date;
        }
        return tighter.compare(date, byMinutes) >= 0 ? date : byMinutes;
    }

    /** A time as OTRS writes it, {@code YYYY-MM-DD HH:MM:SS} in UTC; null when missing. */
    private static Instant time(Request request, String name) {
        String text = request.text(name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, TicketJson.TIME).toInstant(ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            throw request.invalid(name);
        }
    }

    private static TicketSort sort(Request request) {
        String by = request.texts("SortBy").stream().findFirst().orElse("Age");
        return switch (by) {
            case "Age", "Created" -> TicketSort.CREATED;
            case "Ticket", "TicketNumber" -> TicketSort.NUMBER;
            case "Title" -> TicketSort.TITLE;
            case "Queue" -> TicketSort.QUEUE;
            case "State" -> TicketSort.STATE;
            case "Priority" -> TicketSort.PRIORITY;
            case "Owner" -> TicketSort.OWNER;
            case "Changed" -> TicketSort.CHANGED;
            case "TicketEscalation", "EscalationTime" -> TicketSort.ESCALATION;
            default -> throw request.invalid("SortBy");
        };
    }

    /** A number or title to look for: OTRS's wildcards {@code *} and {@code %} are dropped (the search matches parts). */
    private static String pattern(List<String> values) {
        if (values.isEmpty()) {
            return null;
        }
        String value = values.get(0).replace('*', '%').replace("%", "").trim();
        return value.isEmpty() ? null : value;
    }

    // ---- TicketHistoryGet ----

    public JsonObject ticketHistoryGet(JsonObject data) {
        Request request = new Request("TicketHistoryGet", data);
        return refusing(request, () -> {
            if (!agent()) {
                throw new ConnectorException("TicketHistoryGet.AuthFail", "TicketHistoryGet: User needs to an Agent!");
            }
            if (!request.has("TicketID")) {
                throw new ConnectorException("TicketHistoryGet.MissingParameter", "TicketHistoryGet: TicketID parameter is missing!");
            }
            JsonArrayBuilder all = Jsons.array();
            for (long id : request.ids("TicketID")) {
                JsonArrayBuilder entries = Jsons.array();
                for (HistoryEntry entry : tickets.history(id)) {
                    entries.add(Jsons.object()
                            .add("TicketID", String.valueOf(id))
                            .add("HistoryType", entry.getType().name())
                            .add("Name", nullToEmpty(entry.getDetail()))
                            .add("CreateBy", entry.getCreatedBy())
                            .add("CreateTime", TicketJson.time(entry.getCreatedAt())));
                }
                all.add(Jsons.object().add("TicketID", String.valueOf(id)).add("History", entries));
            }
            return Jsons.object().add("TicketHistory", all).build();
        });
    }

    // ---- parts ----

    /**
     * Runs the operation; a refusal of the services becomes the operation's error: not allowed or not found as
     * AccessDenied (as Znuny does not tell them apart either), anything else the request got wrong as
     * InvalidParameter, in English.
     */
    private static JsonObject refusing(Request request, Supplier<JsonObject> operation) {
        try {
            return operation.get();
        } catch (PermissionDeniedException | NotFoundException e) {
            throw new ConnectorException(request.operation() + ".AccessDenied",
                    request.operation() + ": User does not have access to the ticket!");
        } catch (HelpdeskException e) {
            throw new ConnectorException(request.operation() + ".InvalidParameter",
                    request.operation() + ": " + e.getMessage(Locale.ENGLISH));
        }
    }

    private boolean agent() {
        return context.isCallerInRole("agent");
    }

    private NewArticle article(Request article, SenderType defaultSender, List<NewAttachment> attachments) {
        String subject = article.requiredText("Subject");
        String mime = mimeType(article);
        String html = "text/html".equals(mime) ? article.requiredText("Body") : null;
        String body = html == null ? article.requiredText("Body") : HtmlToText.convert(html);
        Channel channel = switch (article.text("CommunicationChannel") == null ? "Internal" : article.text("CommunicationChannel")) {
            case "Email" -> Channel.EMAIL;
            case "Phone" -> Channel.PHONE;
            case "Internal" -> Channel.INTERNAL;
            default -> throw article.invalid("CommunicationChannel");
        };
        SenderType sender = article.text("SenderType") == null ? defaultSender : switch (article.text("SenderType")) {
            case "agent" -> SenderType.AGENT;
            case "customer" -> SenderType.CUSTOMER;
            case "system" -> SenderType.SYSTEM;
            default -> throw article.invalid("SenderType");
        };
        boolean visible = article.flag("IsVisibleForCustomer", true);
        return new NewArticle(sender, channel, visible, article.text("From"), article.text("To"), article.text("Cc"), subject, body,
                html, attachments);
    }

    /** The body a customer writes: plain text (an HTML body is turned into text). */
    private static String body(Request article) {
        String body = article.requiredText("Body");
        return "text/html".equals(mimeType(article)) ? HtmlToText.convert(body) : body;
    }

    /** ContentType ("text/html; charset=utf-8") or MimeType, text/plain when neither is given. */
    private static String mimeType(Request article) {
        String type = article.text("MimeType");
        if (type == null && article.text("ContentType") != null) {
            type = article.text("ContentType").split(";")[0];
        }
        return type == null ? "text/plain" : type.trim().toLowerCase(Locale.ROOT);
    }

    private static List<NewAttachment> attachments(Request request) {
        List<NewAttachment> attachments = new ArrayList<>();
        Request article = request.object("Article");
        List<Request> all = new ArrayList<>(request.objects("Attachment"));
        if (article != null) {
            all.addAll(article.objects("Attachment"));
        }
        for (Request attachment : all) {
            attachments.add(new NewAttachment(attachment.requiredText("Filename"),
                    attachment.text("ContentType") == null ? "application/octet-stream" : attachment.text("ContentType"),
                    attachment.base64("Content")));
        }
        return attachments;
    }

    /** The dynamic fields given ({@code [{Name, Value}]}) by field id, each with its values. */
    private Map<Long, List<String>> fields(Request request) {
        Map<Long, List<String>> values = new LinkedHashMap<>();
        for (Request field : request.objects("DynamicField")) {
            String name = field.requiredText("Name");
            List<Long> ids = em.createQuery("SELECT f.id FROM DynamicField f WHERE f.name = :name AND f.valid = TRUE", Long.class)
                    .setParameter("name", name).getResultList();
            if (ids.isEmpty()) {
                throw new ConnectorException(request.operation() + ".InvalidParameter",
                        request.operation() + ": DynamicField->Name " + name + " is invalid!");
            }
            values.put(ids.get(0), field.texts("Value"));
        }
        return values;
    }

    /** {@code {Year, Month, Day, Hour, Minute}} (UTC) or {@code {Diff: minutes from now}}. */
    private static Instant pendingTime(Request ticket) {
        Request pending = ticket.object("PendingTime");
        if (pending == null) {
            throw ticket.missing("PendingTime");
        }
        try {
            if (pending.has("Diff")) {
                return Instant.now().plusSeconds(60 * Long.parseLong(pending.requiredText("Diff")));
            }
            return LocalDateTime.of(Integer.parseInt(pending.requiredText("Year")), Integer.parseInt(pending.requiredText("Month")),
                    Integer.parseInt(pending.requiredText("Day")), Integer.parseInt(pending.requiredText("Hour")),
                    Integer.parseInt(pending.requiredText("Minute"))).toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            if (e instanceof ConnectorException known) {
                throw known;
            }
            throw ticket.invalid("PendingTime");
        }
    }

    private TicketState state(Request ticket) {
        Long id = optional(ticket, "State", "StateID", "TicketState");
        if (id == null) {
            throw ticket.missing("State");
        }
        return em.find(TicketState.class, id);
    }

    private int priority(Request ticket) {
        Long id = ticket.id("PriorityID");
        if (id != null) {
            if (id > 5) {
                throw ticket.invalid("PriorityID");
            }
            return id.intValue();
        }
        String name = ticket.text("Priority");
        if (name == null) {
            throw ticket.missing("Priority");
        }
        Integer level = priorityLevel(name);
        if (level == null) {
            throw ticket.invalid("Priority");
        }
        return level;
    }

    /** A priority by its Spanish or English name ("3 normal"), or null. */
    private Integer priorityLevel(String name) {
        return em.createQuery("SELECT p FROM TicketPriority p WHERE p.nameEs = :name OR p.nameEn = :name", TicketPriority.class)
                .setParameter("name", name).getResultStream().findFirst().map(TicketPriority::getLevel).orElse(null);
    }

    /** The customer user by login or e-mail address. */
    private Long customer(Request ticket) {
        String given = ticket.requiredText("CustomerUser");
        // the customer, not just the id: the services that take the id then find it in the persistence context
        List<CustomerUser> found = em.createQuery("SELECT c FROM CustomerUser c WHERE c.login = :login", CustomerUser.class)
                .setParameter("login", given).getResultList();
        if (found.isEmpty()) {
            found = em.createQuery("SELECT c FROM CustomerUser c WHERE c.emailKey = :email", CustomerUser.class)
                    .setParameter("email", given.toLowerCase(Locale.ROOT)).getResultList();
        }
        if (found.isEmpty()) {
            throw ticket.invalid("CustomerUser");
        }
        return found.get(0).getId();
    }

    private Long agentId(Request ticket, String nameKey, String idKey) {
        Long id = ticket.id(idKey);
        if (id != null) {
            return id;
        }
        String login = ticket.text(nameKey);
        if (login == null) {
            return null;
        }
        return em.createQuery("SELECT a.id FROM Agent a WHERE a.login = :login", Long.class).setParameter("login", login)
                .getResultStream().findFirst().orElseThrow(() -> ticket.invalid(nameKey));
    }

    private long required(Request request, String nameKey, String idKey, String entity) {
        Long id = optional(request, nameKey, idKey, entity);
        if (id == null) {
            throw request.missing(nameKey);
        }
        return id;
    }

    /** An id given as {@code idKey}, or found by the name given as {@code nameKey}; null when neither is given. */
    private Long optional(Request request, String nameKey, String idKey, String entity) {
        Long id = request.id(idKey);
        if (id != null) {
            if (em.find(entityClass(entity), id) == null) {
                throw request.invalid(idKey);
            }
            return id;
        }
        String name = request.text(nameKey);
        if (name == null) {
            return null;
        }
        // the entity, not just its id: the services that take the id then find it in the persistence context
        return em.createQuery("SELECT e FROM " + entity + " e WHERE e.name = :name", BaseEntity.class).setParameter("name", name)
                .getResultStream().findFirst().map(BaseEntity::getId).orElseThrow(() -> request.invalid(nameKey));
    }

    /** The ids of the names and ids given; null when a name matches nothing. */
    private Set<Long> ids(Request request, String namesKey, String idsKey, String entity) {
        Set<Long> ids = new HashSet<>(request.ids(idsKey));
        for (String name : request.texts(namesKey)) {
            List<Long> found = em.createQuery("SELECT e.id FROM " + entity + " e WHERE e.name = :name", Long.class)
                    .setParameter("name", name).getResultList();
            if (found.isEmpty()) {
                return null;
            }
            ids.add(found.get(0));
        }
        return ids;
    }

    private static Class<?> entityClass(String entity) {
        return switch (entity) {
            case "Queue" -> org.helpdesk.queue.Queue.class;
            case "TicketState" -> TicketState.class;
            case "TicketType" -> org.helpdesk.ticket.TicketType.class;
            case "ItService" -> org.helpdesk.sla.ItService.class;
            case "Sla" -> org.helpdesk.sla.Sla.class;
            default -> throw new IllegalArgumentException(entity);
        };
    }

    private static StateType stateType(Request request, String name) {
        for (StateType type : StateType.values()) {
            if (stateTypeName(type).equalsIgnoreCase(name)) {
                return type;
            }
        }
        throw request.invalid("StateType");
    }

    /** OTRS's names of the state types: "new", "open", "pending reminder"... */
    static String stateTypeName(StateType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String channelName(Channel channel) {
        return switch (channel) {
            case EMAIL -> "Email";
            case PHONE -> "Phone";
            case INTERNAL, WEB -> "Internal";
        };
    }



    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
