package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.api.mapping.ApiMapping.Kind;
import org.helpdesk.api.mapping.ApiMappingForm;
import org.helpdesk.api.mapping.MappingService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mappings of the web services as an admin sets them: an XSLT stylesheet renames fields of SOAP requests on
 * the way in and of responses on the way out; a simple key/value mapping lets a REST client speak Spanish; a
 * stylesheet that reaches for a file fails the call with a fault and stores nothing; a broken stylesheet is
 * refused when saved; the console shows what a mapping does to a sample.
 */
@ExtendWith(ArquillianExtension.class)
class GenericInterfaceMappingIT {

    private static final String REST = "GenericTicketConnectorREST";
    private static final String SOAP = "GenericTicketConnectorSOAP";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Inject
    Fixtures fixtures;

    @EJB
    MappingService mappings;

    @EJB
    TicketService tickets;

    @EJB
    TicketSearchService search;

    /** The other tests expect the web services unmapped. */
    @AfterEach
    void unmap() {
        As.admin(ADMIN, () -> {
            for (ApiMappingForm mapping : mappings.all()) {
                if (mapping.kind() != Kind.NONE) {
                    mappings.save(new ApiMappingForm(mapping.webservice(), mapping.direction(), mapping.version(), Kind.NONE, null, null, null));
                }
            }
            return null;
        });
    }

    private void save(String webservice, Direction direction, Kind kind, String keys, String values, String stylesheet) {
        As.admin(ADMIN, () -> {
            ApiMappingForm stored = mappings.all().stream().filter(m -> m.webservice().equals(webservice) && m.direction() == direction)
                    .findFirst().orElseThrow();
            mappings.save(new ApiMappingForm(webservice, direction, stored.version(), kind, keys, values, stylesheet));
            return null;
        });
    }

    private static String xslt(String templates) {
        return """
                <xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
                  <xsl:template match="@*|node()"><xsl:copy><xsl:apply-templates select="@*|node()"/></xsl:copy></xsl:template>
                  %s
                </xsl:stylesheet>""".formatted(templates);
    }

    @Test
    void anXsltMappingRenamesSoapFieldsOnTheWayInAndOut(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("xslt", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        save(SOAP, Direction.REQUEST, Kind.XSLT, null, null,
                xslt("<xsl:template match=\"Ticket/Titulo\"><Title><xsl:value-of select=\".\"/></Title></xsl:template>"));
        save(SOAP, Direction.RESPONSE, Kind.XSLT, null, null, xslt("""
                <xsl:param name="Operation"/>
                <xsl:template match="TicketNumber"><NumeroTicket><xsl:value-of select="."/></NumeroTicket></xsl:template>
                <xsl:template match="/RootElement"><RootElement><xsl:apply-templates/><Operacion><xsl:value-of select="$Operation"/></Operacion></RootElement></xsl:template>
                """));
        String title = Fixtures.unique("Antivirus vencido");
        HttpResponse<String> answer = post(URI.create(base + "api/otrs/Webservice/GenericTicketConnectorSOAP"), "text/xml", """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
                  <tns:TicketCreate xmlns:tns="http://www.otrs.org/TicketConnector/">
                    <UserLogin>%1$s</UserLogin><Password>password-%1$s</Password>
                    <Ticket><Titulo>%3$s</Titulo><QueueID>1</QueueID><State>new</State><PriorityID>2</PriorityID><Type>Incident</Type><CustomerUser>%2$s</CustomerUser></Ticket>
                    <Article><Subject>Antivirus</Subject><Body>La licencia venció ayer.</Body><ContentType>text/plain</ContentType></Article>
                  </tns:TicketCreate>
                </soap:Body></soap:Envelope>""".formatted(agent.getLogin(), customer.getLogin(), title));
        assertEquals(200, answer.statusCode(), answer.body());
        assertFalse(answer.body().contains("<Error>"), answer.body());
        String number = As.agent(agent.getLogin(), () -> search.search(TicketQuery.all().withTitle(title), TicketSort.NUMBER, true, 0, 1))
                .get(0).number();
        assertTrue(answer.body().contains("<NumeroTicket>" + number + "</NumeroTicket>"), answer.body());
        assertTrue(answer.body().contains("<Operacion>TicketCreate</Operacion>"), answer.body());
        assertFalse(answer.body().contains("<TicketNumber>"), answer.body());
    }

    @Test
    void aSimpleMappingLetsARestClientSpeakSpanish(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("simple", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        save(REST, Direction.REQUEST, Kind.SIMPLE, "Titulo = Title\nCola = Queue\nPrioridad = Priority\nAsunto = Subject\nCuerpo = Body",
                "Priority: alta = 4 high", null);
        String title = Fixtures.unique("Servidor de correo lento");
        JsonObject created = rest(base, Json.createObjectBuilder().add("UserLogin", agent.getLogin()).add("Password", "password-" + agent.getLogin())
                .add("Ticket", Json.createObjectBuilder().add("Titulo", title).add("Cola", "Soporte Técnico (N1)").add("State", "new")
                        .add("Prioridad", "alta").add("Type", "Incident").add("CustomerUser", customer.getLogin()))
                .add("Article", Json.createObjectBuilder().add("Asunto", "Lento").add("Cuerpo", "Tarda minutos.").add("ContentType", "text/plain"))
                .build());
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.get(Long.parseLong(created.getString("TicketID"))));
        assertEquals(title, ticket.getTitle());
        assertEquals(4, ticket.getPriority());
    }

    @Test
    void aMappingThatFailsStoresNothingAndABrokenOneIsRefused(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("xsltbad", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        ValidationException broken = assertThrows(ValidationException.class,
                () -> save(REST, Direction.REQUEST, Kind.XSLT, null, null, xslt("<xsl:template match=\"/\"><xsl:value-of select=\"((\"/>")));
        assertEquals("stylesheet", broken.getErrors().get(0).field());
        assertTrue(broken.getMessage(java.util.Locale.forLanguageTag("es")).startsWith("Hoja XSLT: no es válida:"),
                broken.getMessage(java.util.Locale.forLanguageTag("es")));

        save(REST, Direction.REQUEST, Kind.XSLT, null, null,
                xslt("<xsl:template match=\"Ticket/Title\"><Title><xsl:value-of select=\"document('file:///etc/passwd')\"/></Title></xsl:template>"));
        String title = Fixtures.unique("Nunca mapeado");
        HttpResponse<String> answer = post(URI.create(base + "api/otrs/Webservice/GenericTicketConnectorREST/Ticket"), "application/json",
                Json.createObjectBuilder().add("UserLogin", agent.getLogin()).add("Password", "password-" + agent.getLogin())
                        .add("Ticket", Json.createObjectBuilder().add("Title", title).add("QueueID", 1).add("State", "new").add("PriorityID", 2)
                                .add("Type", "Incident").add("CustomerUser", customer.getLogin()))
                        .add("Article", Json.createObjectBuilder().add("Subject", "x").add("Body", "x").add("ContentType", "text/plain"))
                        .build().toString());
        assertEquals(500, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("TicketCreate: the mapping failed"), answer.body());
        assertFalse(answer.body().contains("root:"), "nothing of the file came back");
        assertEquals(0L, As.agent(agent.getLogin(), () -> search.count(TicketQuery.all().withTitle(title))));

        // the console runs the form as it is, saved or not
        String result = As.admin(ADMIN, () -> mappings.test(new ApiMappingForm(REST, Direction.RESPONSE, 0, Kind.SIMPLE, "TicketNumber = NumeroTicket",
                null, null), "TicketCreate", "{\"TicketID\":\"7\",\"TicketNumber\":\"2026120610000071\"}"));
        assertEquals(Json.createObjectBuilder().add("TicketID", "7").add("NumeroTicket", "2026120610000071").build(),
                Json.createReader(new StringReader(result)).readObject());
        ValidationException sample = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> mappings.test(
                new ApiMappingForm(REST, Direction.RESPONSE, 0, Kind.NONE, null, null, null), "TicketGet", "{no json")));
        assertEquals("sample", sample.getErrors().get(0).field());
    }

    private static JsonObject rest(URL base, JsonObject body) throws Exception {
        HttpResponse<String> answer = post(URI.create(base + "api/otrs/Webservice/GenericTicketConnectorREST/Ticket"), "application/json",
                body.toString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject json = Json.createReader(new StringReader(answer.body())).readObject();
        assertFalse(json.containsKey("Error"), json.toString());
        return json;
    }

    private static HttpResponse<String> post(URI uri, String type, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Content-Type", type + "; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
