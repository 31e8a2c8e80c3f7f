package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.DynamicField;
import org.helpdesk.field.DynamicFieldForm;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.FieldType;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.sla.ServiceTargets;
import org.helpdesk.sla.Sla;
import org.helpdesk.sla.SlaForm;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST web service GenericTicketConnectorREST as a Znuny client calls it, over real HTTP: a session,
 * then TicketCreate, TicketGet, TicketSearch, TicketUpdate and TicketHistoryGet with Znuny's parameter names,
 * each result checked through the services; errors in Znuny's shape with nothing stored; customers reach
 * only their own tickets, agents only their queues.
 */
@ExtendWith(ArquillianExtension.class)
class GenericInterfaceIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Inject
    Fixtures fixtures;

    @EJB
    TicketService tickets;

    @EJB
    TicketSearchService search;

    @EJB
    ServiceCatalog catalog;

    @EJB
    DynamicFieldService fieldAdmin;

    @Test
    void anAgentCreatesReadsFindsUpdatesAndReadsTheHistoryOfATicketAsAZnunyClientDoes(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("api", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        JsonObject session = post(base, "Session", Json.createObjectBuilder().add("UserLogin", agent.getLogin())
                .add("Password", "password-" + agent.getLogin()).build());
        String sessionId = session.getString("SessionID");
        JsonObject sessionData = get(base, "Session/" + sessionId);
        assertTrue(sessionData.getJsonArray("SessionData").contains(Json.createObjectBuilder().add("Key", "UserLogin")
                .add("Value", agent.getLogin()).build()), sessionData.toString());
        assertError(get(base, "Session/no-such-session"), "SessionGet.SessionInvalid", null);
        assertError(get(base, "Ticket/1?SessionID=no-such-session"), "TicketGet.AuthFail", null);
        String title = Fixtures.unique("Impresora del tercer piso");

        JsonObject created = post(base, "Ticket", Json.createObjectBuilder().add("SessionID", sessionId)
                .add("Ticket", Json.createObjectBuilder().add("Title", title).add("Queue", "Soporte Técnico (N1)").add("State", "open")
                        .add("Priority", "2 low").add("Type", "Incident").add("CustomerUser", customer.getLogin()))
                .add("Article", Json.createObjectBuilder().add("CommunicationChannel", "Phone").add("SenderType", "customer")
                        .add("IsVisibleForCustomer", 1).add("Subject", "No imprime").add("Body", "La impresora no responde.")
                        .add("ContentType", "text/plain; charset=utf8"))
                .add("Attachment", Json.createArrayBuilder().add(Json.createObjectBuilder().add("Filename", "error.txt")
                        .add("ContentType", "text/plain").add("Content", Base64.getEncoder().encodeToString("E-42".getBytes()))))
                .build());
        long ticketId = Long.parseLong(created.getString("TicketID"));
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.get(ticketId));
        assertEquals(created.getString("TicketNumber"), ticket.getNumber());
        assertEquals(title, ticket.getTitle());
        assertEquals(2, ticket.getPriority());
        assertEquals(1L, ticket.getQueue().getId(), "priorities 1 and 2 stay in first-line support");
        assertEquals("open", ticket.getState().getName());
        assertEquals(customer.getLogin(), ticket.getCustomer().getLogin());
        List<Article> articles = As.agent(agent.getLogin(), () -> tickets.articles(ticketId));
        assertEquals(Long.parseLong(created.getString("ArticleID")), articles.get(0).getId());
        assertEquals("error.txt", articles.get(0).getAttachments().get(0).getFilename());

        // TicketGet with the login in the query string, as Znuny's clients do on GET
        String login = "UserLogin=" + agent.getLogin() + "&Password=password-" + agent.getLogin();
        JsonObject got = get(base, "Ticket/" + ticketId + "?AllArticles=1&Attachments=1&" + login).getJsonArray("Ticket").getJsonObject(0);
        assertEquals(ticket.getNumber(), got.getString("TicketNumber"));
        assertEquals("Soporte Técnico (N1)", got.getString("Queue"));
        assertEquals("1", got.getString("QueueID"));
        assertEquals("open", got.getString("StateType"));
        assertEquals("2 low", got.getString("Priority"));
        assertEquals(customer.getLogin(), got.getString("CustomerUserID"));
        JsonObject article = got.getJsonArray("Article").getJsonObject(0);
        assertEquals("customer", article.getString("SenderType"));
        assertEquals("Phone", article.getString("CommunicationChannel"));
        assertEquals("La impresora no responde.", article.getString("Body"));
        assertEquals("E-42", new String(Base64.getDecoder().decode(article.getJsonArray("Attachment").getJsonObject(0).getString("Content"))));

        // TicketSearch: by title with OTRS's wildcards, by queue names and state type
        JsonObject found = get(base, "Ticket?Title=" + encode("%" + title.substring(title.length() - 8) + "%")
                + "&Queues=" + encode("Soporte Técnico (N1)") + "&StateType=Open&SessionID=" + sessionId);
        assertEquals(List.of(String.valueOf(ticketId)), found.getJsonArray("TicketID").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(Json.createObjectBuilder().build(), get(base, "Ticket?Title=" + encode(title) + "&StateType=Closed&SessionID=" + sessionId),
                "nothing found: an empty object, as Znuny answers");
        String byTime = "Ticket?Title=" + encode(title) + "&SessionID=" + sessionId + "&TicketCreateTime";
        assertTrue(get(base, byTime + "NewerMinutes=60").containsKey("TicketID"), "created within the hour");
        assertFalse(get(base, byTime + "OlderMinutes=60").containsKey("TicketID"), "not created more than an hour ago");
        assertTrue(get(base, byTime + "NewerDate=" + encode("2000-01-01 00:00:00")).containsKey("TicketID"));
        assertFalse(get(base, byTime + "OlderDate=" + encode("2000-01-01 00:00:00")).containsKey("TicketID"));
        assertError(get(base, byTime + "NewerDate=ayer"), "TicketSearch.InvalidParameter", "TicketSearch: TicketCreateTimeNewerDate parameter is invalid!");

        // TicketUpdate: lock, escalate to N2 with a note, then close
        assertFalse(patch(base, "Ticket/" + ticketId, Json.createObjectBuilder().add("SessionID", sessionId)
                .add("Ticket", Json.createObjectBuilder().add("Lock", "lock")).build()).containsKey("Error"));
        JsonObject updated = patch(base, "Ticket/" + ticketId, Json.createObjectBuilder().add("SessionID", sessionId)
                .add("Ticket", Json.createObjectBuilder().add("Queue", "Consultoría TI (N2)").add("PriorityID", 5))
                .add("Article", Json.createObjectBuilder().add("CommunicationChannel", "Internal").add("IsVisibleForCustomer", 0)
                        .add("Subject", "Escalado").add("Body", "<p>Pasa a <b>consultoría</b>.</p>").add("ContentType", "text/html; charset=utf8"))
                .build());
        assertTrue(updated.containsKey("ArticleID"), updated.toString());
        patch(base, "Ticket/" + ticketId, Json.createObjectBuilder().add("SessionID", sessionId)
                .add("Ticket", Json.createObjectBuilder().add("State", "closed successful")).build());
        Ticket after = As.agent(agent.getLogin(), () -> tickets.get(ticketId));
        assertEquals(2L, after.getQueue().getId());
        assertEquals(5, after.getPriority());
        assertEquals(StateType.CLOSED, after.getState().getType());
        Article note = As.agent(agent.getLogin(), () -> tickets.articles(ticketId)).get(1);
        assertEquals(Long.parseLong(updated.getString("ArticleID")), note.getId());
        assertFalse(note.isVisibleForCustomer());

        // TicketGet with Extended: when it was first locked and closed; no answer to the customer yet (a note only)
        JsonObject extended = get(base, "Ticket/" + ticketId + "?Extended=1&" + login).getJsonArray("Ticket").getJsonObject(0);
        assertEquals(TicketJsonTime.of(after.getClosedAt()), extended.getString("Closed"));
        Instant locked = As.agent(agent.getLogin(), () -> tickets.history(ticketId)).stream()
                .filter(h -> h.getType() == HistoryType.LOCK).map(HistoryEntry::getCreatedAt).findFirst().orElseThrow();
        assertEquals(TicketJsonTime.of(locked), extended.getString("FirstLock"));
        assertFalse(extended.containsKey("FirstResponse"), extended.toString());
        assertFalse(got.containsKey("Closed") || got.containsKey("FirstLock"), "only with Extended");

        // the note was written in HTML: its text is the body, the HTML itself an attachment when asked for
        JsonArray articlesGot = get(base, "Ticket/" + ticketId + "?AllArticles=1&Attachments=1&HTMLBodyAsAttachment=1&" + login)
                .getJsonArray("Ticket").getJsonObject(0).getJsonArray("Article");
        JsonObject htmlNote = articlesGot.getJsonObject(1);
        assertEquals("Pasa a consultoría.", htmlNote.getString("Body"));
        assertEquals("text/html", htmlNote.getString("MimeType"));
        JsonObject html = htmlNote.getJsonArray("Attachment").getJsonObject(0);
        assertEquals("file-2", html.getString("Filename"));
        assertEquals("<p>Pasa a <b>consultoría</b>.</p>", new String(Base64.getDecoder().decode(html.getString("Content")),
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(1, articlesGot.getJsonObject(0).getJsonArray("Attachment").size(), "a text article has no HTML body to add");
        assertEquals(0, get(base, "Ticket/" + ticketId + "?AllArticles=1&Attachments=1&" + login).getJsonArray("Ticket")
                .getJsonObject(0).getJsonArray("Article").getJsonObject(1).getJsonArray("Attachment").size());

        // TicketHistoryGet: what the screens' history shows
        List<String> types = get(base, "TicketHistory/" + ticketId + "?SessionID=" + sessionId).getJsonArray("TicketHistory")
                .getJsonObject(0).getJsonArray("History").stream().map(h -> h.asJsonObject().getString("HistoryType")).toList();
        List<HistoryEntry> history = As.agent(agent.getLogin(), () -> tickets.history(ticketId));
        assertEquals(history.stream().map(HistoryEntry::getType).map(Enum::name).toList(), types);
        assertTrue(history.stream().allMatch(h -> "API".equals(h.getVia())), "every change says it came through the API");
        assertTrue(types.contains("MOVE"), types.toString());
    }

    @Test
    void aRefusedRequestGetsZnunysErrorAndStoresNothing(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("apierr", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        String password = "password-" + agent.getLogin();
        String title = Fixtures.unique("No debe guardarse");

        assertError(post(base, "Ticket", Json.createObjectBuilder().add("UserLogin", agent.getLogin()).add("Password", password).build()),
                "TicketCreate.MissingParameter", "TicketCreate: Ticket parameter is missing or not valid!");
        assertError(post(base, "Ticket", ticket(agent.getLogin(), "wrong", title, "Soporte Técnico (N1)", customer)),
                "TicketCreate.AuthFail", null);
        assertError(post(base, "Ticket", ticket(agent.getLogin(), password, title, "Cola inexistente", customer)),
                "TicketCreate.InvalidParameter", "TicketCreate: Ticket->Queue parameter is invalid!");
        // a queue the agent may not write in: refused by the ticket service, nothing stored
        assertError(post(base, "Ticket", ticket(agent.getLogin(), password, title, "Consultoría TI (N2)", customer)),
                "TicketCreate.AccessDenied", null);
        assertEquals(0L, As.agent(agent.getLogin(), () -> search.count(TicketQuery.all().withTitle(title))));

        HttpResponse<String> broken = send(HttpRequest.newBuilder(uri(base, "Ticket")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Ticket\": {\"Title\": ")).build());
        assertEquals(400, broken.statusCode());
        assertError(read(broken.body()), "TicketCreate.InvalidParameter", "TicketCreate: The request is no valid JSON object!");

        // an agent without the queue's group does not see its ticket
        Ticket other = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
        assertTrue(As.agent(agent.getLogin(), () -> tickets.history(other.getId())).stream().allMatch(h -> h.getVia() == null),
                "a change on the screens says no channel");
        Agent outsider = fixtures.agent("apiajeno", Map.of(CONSULTING_GROUP, Set.of(Permission.RW)));
        assertError(get(base, "Ticket/" + other.getId() + "?UserLogin=" + outsider.getLogin() + "&Password=password-" + outsider.getLogin()),
                "TicketGet.AccessDenied", "TicketGet: User does not have access to the ticket!");
    }

    @Test
    void aCustomerReachesOnlyTheirOwnTickets(@ArquillianResource URL base) throws Exception {
        CustomerUser lucia = fixtures.customer();
        CustomerUser other = fixtures.customer();
        String auth = "CustomerUserLogin=" + lucia.getLogin() + "&Password=password-" + lucia.getLogin();
        JsonObject created = post(base, "Ticket", Json.createObjectBuilder().add("CustomerUserLogin", lucia.getLogin())
                .add("Password", "password-" + lucia.getLogin())
                .add("Ticket", Json.createObjectBuilder().add("Title", "Sin correo").add("QueueID", 1).add("Type", "Incident")
                        .add("CustomerUser", lucia.getLogin()).add("State", "new").add("PriorityID", 3))
                .add("Article", Json.createObjectBuilder().add("Subject", "Sin correo").add("Body", "<p>No llega el <b>correo</b>.</p>")
                        .add("ContentType", "text/html; charset=utf8"))
                .build());
        String ticketId = created.getString("TicketID");
        JsonObject mine = get(base, "Ticket/" + ticketId + "?AllArticles=1&" + auth).getJsonArray("Ticket").getJsonObject(0);
        assertEquals(lucia.getLogin(), mine.getString("CustomerUserID"));
        assertEquals("No llega el correo.", mine.getJsonArray("Article").getJsonObject(0).getString("Body"));
        // a customer writes text, as in the portal: the HTML given is kept as its text only
        assertEquals("text/plain", mine.getJsonArray("Article").getJsonObject(0).getString("MimeType"));
        assertTrue(get(base, "Ticket?" + auth).getJsonArray("TicketID").toString().contains("\"" + ticketId + "\""));
        // an agent phones the customer back: the first response, which TicketGet with Extended tells the customer too
        assertFalse(get(base, "Ticket/" + ticketId + "?Extended=1&" + auth).toString().contains("FirstResponse"));
        Agent answering = fixtures.agent("apiresp", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        assertFalse(patch(base, "Ticket/" + ticketId, Json.createObjectBuilder().add("UserLogin", answering.getLogin())
                .add("Password", "password-" + answering.getLogin())
                .add("Article", Json.createObjectBuilder().add("CommunicationChannel", "Phone").add("SenderType", "agent")
                        .add("IsVisibleForCustomer", 1).add("Subject", "Llamada").add("Body", "Revisamos su buzón.")
                        .add("ContentType", "text/plain; charset=utf8"))
                .build()).containsKey("Error"));
        Instant answered = As.agent(answering.getLogin(), () -> tickets.get(Long.parseLong(ticketId))).getFirstResponseAt();
        assertEquals(TicketJsonTime.of(answered), get(base, "Ticket/" + ticketId + "?Extended=1&" + auth).getJsonArray("Ticket")
                .getJsonObject(0).getString("FirstResponse"));
        // the agents' criteria, within the tickets the portal shows the customer
        String number = mine.getString("TicketNumber");
        assertEquals(List.of(ticketId), ids(get(base, "Ticket?Title=%25correo%25&TicketCreateTimeNewerMinutes=60&" + auth)));
        assertEquals(List.of(ticketId), ids(get(base, "Ticket?TicketNumber=" + number + "&StateType=Open&" + auth)));
        assertEquals(List.of(), ids(get(base, "Ticket?Title=impresora&" + auth)));
        assertEquals(List.of(), ids(get(base, "Ticket?TicketNumber=" + number + "&StateType=Closed&" + auth)));

        String otherAuth = "CustomerUserLogin=" + other.getLogin() + "&Password=password-" + other.getLogin();
        assertError(get(base, "Ticket/" + ticketId + "?" + otherAuth), "TicketGet.AccessDenied", null);
        assertFalse(get(base, "Ticket?" + otherAuth).toString().contains("\"" + ticketId + "\""));
        assertEquals(List.of(), ids(get(base, "Ticket?TicketNumber=" + number + "&" + otherAuth)));
        assertError(get(base, "TicketHistory/" + ticketId + "?" + auth), "TicketHistoryGet.AuthFail", null);
        assertError(patch(base, "Ticket/" + ticketId, Json.createObjectBuilder().add("CustomerUserLogin", lucia.getLogin())
                .add("Password", "password-" + lucia.getLogin()).add("Ticket", Json.createObjectBuilder().add("QueueID", 2)).build()),
                "TicketUpdate.AccessDenied", null);
    }

    private static JsonObject ticket(String login, String password, String title, String queue, CustomerUser customer) {
        return Json.createObjectBuilder().add("UserLogin", login).add("Password", password)
                .add("Ticket", Json.createObjectBuilder().add("Title", title).add("Queue", queue).add("State", "new")
                        .add("PriorityID", 3).add("Type", "Incident").add("CustomerUser", customer.getLogin()))
                .add("Article", Json.createObjectBuilder().add("Subject", title).add("Body", "Texto").add("ContentType", "text/plain"))
                .build();
    }

    @Test
    void anAgentChangesTitleCustomerServiceAndSlaAndFindsTicketsByChangeTimeAndDynamicField(@ArquillianResource URL base)
            throws Exception {
        Agent agent = fixtures.agent("api", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser first = fixtures.customer();
        CustomerUser second = fixtures.customer();
        ItService mail = As.admin(ADMIN, () -> catalog.createService(Fixtures.unique("Correo"), null));
        Sla gold = As.admin(ADMIN, () -> catalog.saveSla(new SlaForm(null, 0, Fixtures.unique("Oro"), null,
                ServiceTargets.of(30, null, 480, 80), Set.of(mail.getId()), true)));
        String fieldName = Fixtures.unique("Contrato").replace("-", "");
        DynamicField contract = As.admin(ADMIN, () -> fieldAdmin.save(new DynamicFieldForm(null, 0, fieldName, "Contrato", "Contract",
                FieldType.TEXT, null, 1, false, false, false, true, true, true)));
        try {
            String login = "UserLogin=" + agent.getLogin() + "&Password=password-" + agent.getLogin();
            JsonObject auth = Json.createObjectBuilder().add("UserLogin", agent.getLogin()).add("Password", "password-" + agent.getLogin())
                    .build();
            long ticketId = Long.parseLong(post(base, "Ticket", Json.createObjectBuilder(auth)
                    .add("Ticket", Json.createObjectBuilder().add("Title", "Sin correo").add("QueueID", 1).add("State", "open")
                            .add("PriorityID", 2).add("Type", "Incident").add("CustomerUser", first.getLogin()))
                    .add("Article", Json.createObjectBuilder().add("CommunicationChannel", "Phone").add("SenderType", "customer")
                            .add("Subject", "Sin correo").add("Body", "No llega el correo.").add("ContentType", "text/plain; charset=utf8"))
                    .build()).getString("TicketID"));
            Instant beforeUpdate = Instant.now().minusSeconds(1);
            String newTitle = Fixtures.unique("Correo caído en la sede");

            JsonObject updated = patch(base, "Ticket/" + ticketId, Json.createObjectBuilder(auth)
                    .add("Ticket", Json.createObjectBuilder().add("Title", newTitle).add("CustomerUser", second.getEmail())
                            .add("Service", mail.getName()))
                    .add("DynamicField", Json.createArrayBuilder().add(Json.createObjectBuilder().add("Name", fieldName)
                            .add("Value", "CT-2026-0042")))
                    .build());
            assertEquals(String.valueOf(ticketId), updated.containsKey("TicketID") ? updated.getString("TicketID") : null, updated.toString());
            JsonObject got = get(base, "Ticket/" + ticketId + "?DynamicFields=1&" + login).getJsonArray("Ticket").getJsonObject(0);
            assertEquals(newTitle, got.getString("Title"));
            assertTrue(got.getJsonArray("DynamicField").contains(Json.createObjectBuilder().add("Name", fieldName)
                    .add("Value", "CT-2026-0042").build()), got.toString());
            assertEquals(second.getLogin(), got.getString("CustomerUserID"));
            assertEquals(mail.getName(), got.getString("Service"));
            assertEquals(gold.getName(), got.getString("SLA"), "a service without an SLA brings its default SLA");
            Ticket ticket = As.agent(agent.getLogin(), () -> tickets.get(ticketId));
            assertEquals(second.getCompany().getId(), ticket.getCompany().getId(), "the ticket follows its new customer's company");
            assertEquals(ticket.getCreatedAt().plus(Duration.ofMinutes(30)), ticket.getFirstResponseDue(), "the SLA's targets apply now");
            List<String> history = As.agent(agent.getLogin(), () -> tickets.history(ticketId)).stream()
                    .map(h -> h.getType().name() + ":" + h.getVia()).toList();
            assertTrue(history.containsAll(List.of("TITLE_UPDATE:API", "CUSTOMER_UPDATE:API", "SERVICE_UPDATE:API", "SLA_UPDATE:API",
                    "DYNAMIC_FIELD_UPDATE:API")), history.toString());

            // an update of a dynamic field alone is a change of the ticket too: in its history, and its change time moves
            Instant changedBefore = ticket.getChangedAt();
            Thread.sleep(5);
            assertFalse(patch(base, "Ticket/" + ticketId, Json.createObjectBuilder(auth).add("DynamicField", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("Name", fieldName).add("Value", "CT-2026-0043"))).build()).containsKey("Error"));
            Ticket afterField = As.agent(agent.getLogin(), () -> tickets.get(ticketId));
            assertTrue(afterField.getChangedAt().isAfter(changedBefore), afterField.getChangedAt() + " after " + changedBefore);
            assertEquals(fieldName + ": CT-2026-0042 → CT-2026-0043", As.agent(agent.getLogin(), () -> tickets.history(ticketId)).stream()
                    .filter(h -> h.getType() == HistoryType.DYNAMIC_FIELD_UPDATE).reduce((a, b) -> b).orElseThrow().getDetail());
            assertFalse(patch(base, "Ticket/" + ticketId, Json.createObjectBuilder(auth).add("DynamicField", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("Name", fieldName).add("Value", "CT-2026-0042"))).build()).containsKey("Error"));

            // a CustomerID that is not the customer user's company is refused, with the whole update
            assertError(patch(base, "Ticket/" + ticketId, Json.createObjectBuilder(auth).add("Ticket", Json.createObjectBuilder()
                    .add("Title", "Nunca").add("CustomerID", "no-such-company")).build()),
                    "TicketUpdate.InvalidParameter", "TicketUpdate: Ticket->CustomerID parameter is invalid!");
            assertEquals(newTitle, As.agent(agent.getLogin(), () -> tickets.get(ticketId)).getTitle(), "nothing of a refused update stays");

            // TicketSearch by change time and by the dynamic field's value (Znuny's operators come through SOAP: GenericInterfaceSoapIT)
            String byTitle = "Ticket?Title=" + encode(newTitle) + "&" + login;
            assertTrue(get(base, byTitle + "&TicketChangeTimeNewerDate=" + encode(TicketJsonTime.of(beforeUpdate))).containsKey("TicketID"));
            assertFalse(get(base, byTitle + "&TicketChangeTimeOlderDate=" + encode(TicketJsonTime.of(beforeUpdate))).containsKey("TicketID"));
            assertTrue(get(base, byTitle + "&TicketChangeTimeNewerMinutes=5").containsKey("TicketID"));
            assertEquals(List.of(String.valueOf(ticketId)), ids(get(base, "Ticket?DynamicField_" + fieldName + "=CT-2026-0042&" + login)));
            assertFalse(get(base, "Ticket?DynamicField_" + fieldName + "=CT-1999&" + login).containsKey("TicketID"));
            assertFalse(get(base, "Ticket?DynamicField_NoSuchField=CT-2026-0042&" + login).containsKey("TicketID"));
        } finally {
            DynamicFieldForm form = DynamicFieldForm.of(contract);
            As.admin(ADMIN, () -> fieldAdmin.save(new DynamicFieldForm(form.id(), form.version(), form.name(), form.labelEs(),
                    form.labelEn(), form.type(), form.options(), form.position(), false, form.showAgentNew(), form.showCustomerNew(),
                    form.showZoom(), form.showSearch(), false)));
        }
    }

    private static List<String> ids(JsonObject found) {
        assertFalse(found.containsKey("Error"), found.toString());
        return found.containsKey("TicketID") ? found.getJsonArray("TicketID").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList() : List.of();
    }

    /** A moment as OTRS writes it, in UTC. */
    private static final class TicketJsonTime {
        static String of(Instant instant) {
            return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC).format(instant);
        }
    }

    private static void assertError(JsonObject answer, String code, String message) {
        JsonObject error = answer.getJsonObject("Error");
        assertEquals(code, error == null ? answer.toString() : error.getString("ErrorCode"), answer.toString());
        if (message != null) {
            assertEquals(message, error.getString("ErrorMessage"));
        }
    }

    private static URI uri(URL base, String route) {
        return URI.create(base + "api/otrs/Webservice/GenericTicketConnectorREST/" + route);
    }

    private static JsonObject post(URL base, String route, JsonObject body) throws Exception {
        return ok(send(HttpRequest.newBuilder(uri(base, route)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build()));
    }

    private static JsonObject patch(URL base, String route, JsonObject body) throws Exception {
        return ok(send(HttpRequest.newBuilder(uri(base, route)).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body.toString())).build()));
    }

    private static JsonObject get(URL base, String route) throws Exception {
        return ok(send(HttpRequest.newBuilder(uri(base, route)).GET().build()));
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Znuny answers operations, refused or not, with HTTP 200. */
    private static JsonObject ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return read(response.body());
    }

    private static JsonObject read(String body) {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
