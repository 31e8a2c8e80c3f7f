package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.login.ApiToken;
import org.helpdesk.login.ApiTokens;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.sla.ServiceTargets;
import org.helpdesk.sla.Sla;
import org.helpdesk.sla.SlaForm;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The native API /api/v1 over real HTTP with API tokens: an agent creates, reads, lists, changes (ETag and 409
 * on a stale version) a ticket and adds an article with an attachment; a customer reaches only their own
 * tickets; bad JSON, unknown fields and wrong types are 400, invalid input 422 in the caller's language;
 * read-only, revoked and missing tokens are refused; the rate limit answers 429; the OpenAPI document names
 * exactly the routes the resources serve.
 */
@ExtendWith(ArquillianExtension.class)
class ApiV1IT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Inject
    Fixtures fixtures;

    @EJB
    ApiTokens tokens;

    @EJB
    TicketService tickets;

    @EJB
    ServiceCatalog catalog;

    private String token(boolean agent, String login, boolean write) {
        return As.admin(ADMIN, () -> tokens.create("Prueba " + login, agent, login, write, LocalDate.now().plusDays(30)));
    }

    @Test
    void anAgentWorksATicketThroughTheApi(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("v1", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        String token = token(true, agent.getLogin(), true);
        String title = Fixtures.unique("Switch del piso 4 sin energía");

        HttpResponse<String> created = send(base, "POST", "v1/tickets", token, Json.createObjectBuilder().add("title", title).add("queueId", 1)
                .add("typeId", 1).add("priority", 2).add("customer", customer.getLogin())
                .add("article", Json.createObjectBuilder().add("subject", "Sin energía").add("body", "El switch no enciende."))
                .add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder().add("filename", "foto.txt")
                        .add("contentType", "text/plain").add("content", Base64.getEncoder().encodeToString("LED apagado".getBytes()))))
                .build().toString(), Map.of());
        assertEquals(201, created.statusCode(), created.body());
        JsonObject ticket = json(created);
        long id = ticket.getJsonNumber("id").longValue();
        assertEquals(base + "api/v1/tickets/" + id, created.headers().firstValue("Location").orElseThrow());
        assertEquals(title, ticket.getString("title"));
        assertEquals(customer.getLogin(), ticket.getString("customer"));
        Ticket stored = As.agent(agent.getLogin(), () -> tickets.get(id));
        assertEquals(title, stored.getTitle());
        assertTrue(As.agent(agent.getLogin(), () -> tickets.history(id)).stream().allMatch(h -> "API".equals(h.getVia())));

        HttpResponse<String> read = send(base, "GET", "v1/tickets/" + id, token, null, Map.of());
        assertEquals(200, read.statusCode());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + stored.getVersion() + "\"", etag);

        JsonObject page = json(send(base, "GET", "v1/tickets?queue=1&size=100", token, null, Map.of()));
        assertTrue(page.getJsonNumber("total").longValue() >= 1);
        assertTrue(page.getJsonArray("items").stream().anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == id));

        // a change on a stale version is refused; on the current one it is made
        String change = Json.createObjectBuilder().add("queueId", 2).add("priority", 4).add("priorityReason", "Afecta a todo el piso")
                .build().toString();
        HttpResponse<String> stale = send(base, "PATCH", "v1/tickets/" + id, token, change, Map.of("If-Match", "\"" + (stored.getVersion() - 1) + "\""));
        assertEquals(409, stale.statusCode(), stale.body());
        assertEquals("conflict", json(stale).getString("error"));
        HttpResponse<String> changed = send(base, "PATCH", "v1/tickets/" + id, token, change, Map.of("If-Match", etag));
        assertEquals(200, changed.statusCode(), changed.body());
        assertEquals(2, json(changed).getJsonObject("queue").getJsonNumber("id").longValue());
        assertEquals(4, json(changed).getInt("priority"));
        assertFalse(etag.equals(changed.headers().firstValue("ETag").orElseThrow()), "a new version, a new ETag");

        // title, customer, service (bringing its default SLA) in one change; an SLA of another service refused; then no service
        CustomerUser other = fixtures.customer();
        ItService service = As.admin(ADMIN, () -> catalog.createService(Fixtures.unique("Red LAN"), null));
        Sla sla = As.admin(ADMIN, () -> catalog.saveSla(new SlaForm(null, 0, Fixtures.unique("Plata"), null,
                ServiceTargets.of(60, null, 600, 80), Set.of(service.getId()), true)));
        JsonObject classified = json(send(base, "PATCH", "v1/tickets/" + id, token, Json.createObjectBuilder()
                .add("title", title + " (piso 4)").add("customer", other.getLogin()).add("serviceId", service.getId()).build().toString(),
                Map.of()));
        assertEquals(title + " (piso 4)", classified.getString("title"));
        assertEquals(other.getLogin(), classified.getString("customer"));
        assertEquals(service.getId(), classified.getJsonObject("service").getJsonNumber("id").longValue());
        assertEquals(sla.getName(), classified.getJsonObject("sla").getString("name"));
        Sla unrelated = As.admin(ADMIN, () -> catalog.saveSla(new SlaForm(null, 0, Fixtures.unique("Bronce"), null,
                ServiceTargets.of(120, null, 900, 80), Set.of(), true)));
        HttpResponse<String> wrongSla = send(base, "PATCH", "v1/tickets/" + id, token, "{\"slaId\": " + unrelated.getId() + "}", Map.of());
        assertEquals(422, wrongSla.statusCode(), wrongSla.body());
        assertTrue(wrongSla.body().contains("slaId"), wrongSla.body());
        JsonObject withoutService = json(send(base, "PATCH", "v1/tickets/" + id, token, "{\"serviceId\": null}", Map.of()));
        assertTrue(withoutService.isNull("service"), withoutService.toString());
        assertTrue(withoutService.isNull("sla"), "no service, no default SLA: " + withoutService);
        HttpResponse<String> slaAlone = send(base, "PATCH", "v1/tickets/" + id, token, "{\"slaId\": " + sla.getId() + "}", Map.of());
        assertEquals(422, slaAlone.statusCode(), "an SLA needs its service: " + slaAlone.body());
        HttpResponse<String> unknownCustomer = send(base, "PATCH", "v1/tickets/" + id, token,
                "{\"title\": \"Nunca\", \"customer\": \"nadie-" + id + "\"}", Map.of());
        assertEquals(422, unknownCustomer.statusCode(), unknownCustomer.body());
        assertEquals(title + " (piso 4)", As.agent(agent.getLogin(), () -> tickets.get(id)).getTitle(), "a refused change changes nothing");

        HttpResponse<String> note = send(base, "POST", "v1/tickets/" + id + "/articles", token,
                "{\"subject\": \"Revisado\", \"body\": \"Se cambió la fuente.\", \"channel\": \"internal\"}", Map.of());
        assertEquals(201, note.statusCode(), note.body());
        assertFalse(json(note).getBoolean("visibleForCustomer"));
        JsonObject first = json(send(base, "GET", "v1/tickets/" + id + "/articles", token, null, Map.of())).getJsonArray("items").getJsonObject(0);
        long attachment = first.getJsonArray("attachments").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<byte[]> content = HTTP.send(request(base, "GET", "v1/tickets/" + id + "/attachments/" + attachment, token, null, Map.of()),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, content.statusCode());
        assertArrayEquals("LED apagado".getBytes(), content.body());
        assertEquals(404, send(base, "GET", "v1/tickets/" + (id + 1000000) + "/attachments/" + attachment, token, null, Map.of()).statusCode());
    }

    @Test
    void badRequestsAndTokensAreRefusedClearly(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("v1bad", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        String writer = token(true, agent.getLogin(), true);
        String reader = token(true, agent.getLogin(), false);

        assertEquals(401, send(base, "GET", "v1/tickets", null, null, Map.of()).statusCode());
        assertEquals(401, send(base, "GET", "v1/tickets", "hd_no-such-token", null, Map.of()).statusCode());
        HttpResponse<String> readOnly = send(base, "POST", "v1/tickets", reader, "{}", Map.of());
        assertEquals(403, readOnly.statusCode());
        assertEquals("This token may only read", json(readOnly).getString("message"));

        assertEquals("The body is no JSON object", json(expect(400, send(base, "POST", "v1/tickets", writer, "{\"title\": ", Map.of()))).getString("message"));
        assertEquals("Unknown field colour", json(expect(400, send(base, "POST", "v1/tickets", writer, "{\"colour\": \"red\"}", Map.of()))).getString("message"));
        assertEquals("queueId must be a positive whole number",
                json(expect(400, send(base, "POST", "v1/tickets", writer,
                "{\"queueId\": \"uno\", \"article\": {\"subject\": \"x\", \"body\": \"y\"}}", Map.of()))).getString("message"));
        String missingTitle = "{\"queueId\": 1, \"typeId\": 1, \"customer\": null, \"article\": {\"subject\": \"x\", \"body\": \"y\"}}";
        JsonObject spanish = json(expect(422, send(base, "POST", "v1/tickets", writer, missingTitle, Map.of("Accept-Language", "es-PE"))));
        assertEquals("invalid", spanish.getString("error"));
        assertTrue(spanish.getJsonArray("fields").stream().anyMatch(f -> f.asJsonObject().getString("message").equals("Título: es obligatorio.")),
                spanish.toString());
        JsonObject english = json(expect(422, send(base, "POST", "v1/tickets", writer, missingTitle, Map.of("Accept-Language", "en"))));
        assertTrue(english.toString().contains("is required"), english.toString());

        // a revoked token opens nothing
        long id = As.admin(ADMIN, () -> tokens.list(0, 500)).rows().stream().filter(t -> t.getLogin().equals(agent.getLogin()) && !t.isWrite())
                .map(ApiToken::getId).findFirst().orElseThrow();
        As.admin(ADMIN, () -> {
            tokens.revoke(id);
            return null;
        });
        assertEquals(401, send(base, "GET", "v1/types", reader, null, Map.of()).statusCode());

        // the rate limit: a minute's worth, then 429 with when to come back
        // (the bucket refills as the loop runs: a few times the limit is room enough to empty it)
        int limit = Integer.parseInt(System.getenv().getOrDefault("HELPDESK_API_RATE_LIMIT", "1200"));
        HttpResponse<String> last = null;
        for (int i = 0; i <= 5 * limit && (last == null || last.statusCode() == 200); i++) {
            last = send(base, "GET", "v1/types", writer, null, Map.of());
        }
        assertEquals(429, last.statusCode(), last.body());
        assertTrue(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()) >= 1);
    }

    @Test
    void aCustomerReachesOnlyTheirOwnTickets(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("v1cust", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser lucia = fixtures.customer();
        CustomerUser other = fixtures.customer();
        String token = token(false, lucia.getLogin(), true);
        Ticket others = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, other.getId(), 2)));

        HttpResponse<String> created = send(base, "POST", "v1/tickets", token, "{\"title\": \"No imprime\", \"queueId\": 1, \"typeId\": 1, "
                + "\"impact\": \"low\", \"urgency\": \"medium\", \"body\": \"La impresora no responde.\"}", Map.of());
        assertEquals(201, created.statusCode(), created.body());
        long mine = json(created).getJsonNumber("id").longValue();
        assertEquals(lucia.getLogin(), json(created).getString("customer"));
        JsonObject list = json(send(base, "GET", "v1/tickets?state=all", token, null, Map.of()));
        assertTrue(list.getJsonArray("items").stream().noneMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == others.getId()));
        assertTrue(list.getJsonArray("items").stream().anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == mine));
        assertEquals(404, send(base, "GET", "v1/tickets/" + others.getId(), token, null, Map.of()).statusCode());
        assertEquals(404, send(base, "GET", "v1/tickets/" + others.getId() + "/articles", token, null, Map.of()).statusCode());
        assertEquals(403, send(base, "PATCH", "v1/tickets/" + mine, token, "{\"queueId\": 2}", Map.of()).statusCode());
        assertEquals(403, send(base, "GET", "v1/customers?search=a", token, null, Map.of()).statusCode());
        HttpResponse<String> reply = send(base, "POST", "v1/tickets/" + mine + "/articles", token, "{\"body\": \"Sigue sin imprimir.\"}", Map.of());
        assertEquals(201, reply.statusCode(), reply.body());
        assertEquals("customer", json(reply).getString("sender"));
    }

    @Test
    void theOpenApiDocumentNamesExactlyTheServedRoutes(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> document = send(base, "GET", "v1/openapi.json", null, null, Map.of());
        assertEquals(200, document.statusCode());
        Set<String> documented = new TreeSet<>();
        json(document).getJsonObject("paths").forEach((path, operations) -> operations.asJsonObject().keySet()
                .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " /" + path.substring(1))));
        Set<String> served = new TreeSet<>();
        // the web module's resources, loaded by name: the test runs inside the web module
        for (String name : new String[] {"TicketsResource", "CatalogResource", "OpenApiResource"}) {
            Class<?> resource = Class.forName("org.helpdesk.web.api.v1." + name);
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                for (var annotation : method.getAnnotations()) {
                    HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                    if (http != null) {
                        Path sub = method.getAnnotation(Path.class);
                        served.add(http.value() + " /" + root + (sub == null ? "" : "/" + sub.value()));
                    }
                }
            }
        }
        assertEquals(served, documented);
    }

    private static HttpResponse<String> expect(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        return response;
    }

    private static HttpRequest request(URL base, String method, String route, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "api/" + route))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request.build();
    }

    private static HttpResponse<String> send(URL base, String method, String route, String token, String body, Map<String, String> headers)
            throws Exception {
        return HTTP.send(request(base, method, route, token, body, headers), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
