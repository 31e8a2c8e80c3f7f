package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.xml.ws.BindingProvider;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.DynamicField;
import org.helpdesk.field.DynamicFieldForm;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.FieldType;
import org.helpdesk.it.soap.GenericTicketConnector;
import org.helpdesk.it.soap.GenericTicketConnectorPortType;
import org.helpdesk.it.soap.NewArticle;
import org.helpdesk.it.soap.NewAttachment;
import org.helpdesk.it.soap.SessionCreate;
import org.helpdesk.it.soap.TicketCreate;
import org.helpdesk.it.soap.TicketCreateResponse;
import org.helpdesk.it.soap.TicketFields;
import org.helpdesk.it.soap.TicketGet;
import org.helpdesk.it.soap.TicketGetResponse;
import org.helpdesk.it.soap.TicketSearch;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.HistoryEntry;
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
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The SOAP web service GenericTicketConnectorSOAP: a JAX-WS client generated at build time from the WSDL the
 * application serves (as an OTRS user's would be) creates, reads and finds a ticket through WildFly's own
 * JAX-WS runtime; a request written by hand the way SOAP::Lite clients send it (qualified children, any order,
 * {@code …#Operation} SOAPAction) works too; hostile or wrong messages get a fault and store nothing.
 */
@ExtendWith(ArquillianExtension.class)
class GenericInterfaceSoapIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String NS = "http://www.otrs.org/TicketConnector/";

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
    DynamicFieldService fieldAdmin;

    @Test
    void aClientGeneratedFromTheWsdlCreatesReadsAndFindsATicket(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("soap", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        GenericTicketConnectorPortType port = new GenericTicketConnector(new URL(endpoint(base) + "?wsdl")).getGenericTicketConnectorPort();
        assertEquals(endpoint(base), ((BindingProvider) port).getRequestContext().get(BindingProvider.ENDPOINT_ADDRESS_PROPERTY),
                "the served WSDL carries this server's address");

        SessionCreate login = new SessionCreate();
        login.setUserLogin(agent.getLogin());
        login.setPassword("password-" + agent.getLogin());
        String sessionId = port.sessionCreate(login).getSessionID();

        String title = Fixtures.unique("Router caído en sede Miraflores");
        TicketCreate create = new TicketCreate();
        create.setSessionID(sessionId);
        TicketFields fields = new TicketFields();
        fields.setTitle(title);
        fields.setQueue("Soporte Técnico (N1)");
        fields.setState("open");
        fields.setPriority("2 low");
        fields.setType("Incident");
        fields.setCustomerUser(customer.getLogin());
        create.setTicket(fields);
        NewArticle article = new NewArticle();
        article.setCommunicationChannel("Phone");
        article.setSenderType("customer");
        article.setIsVisibleForCustomer(BigInteger.ONE);
        article.setSubject("Sin enlace");
        article.setBody("El router no levanta desde las 8:00.");
        article.setContentType("text/plain; charset=utf8");
        create.setArticle(article);
        NewAttachment log = new NewAttachment();
        log.setFilename("router.log");
        log.setContentType("text/plain");
        log.setContent("LINK DOWN".getBytes(StandardCharsets.UTF_8));
        create.getAttachment().add(log);
        TicketCreateResponse created = port.ticketCreate(create);
        assertNull(created.getError(), () -> created.getError().getErrorCode() + ": " + created.getError().getErrorMessage());

        long ticketId = created.getTicketID().longValueExact();
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.get(ticketId));
        assertEquals(created.getTicketNumber(), ticket.getNumber());
        assertEquals(title, ticket.getTitle());
        assertEquals(customer.getLogin(), ticket.getCustomer().getLogin());
        List<Article> articles = As.agent(agent.getLogin(), () -> tickets.articles(ticketId));
        assertEquals(created.getArticleID().longValueExact(), articles.get(0).getId());
        assertTrue(As.agent(agent.getLogin(), () -> tickets.history(ticketId)).stream().map(HistoryEntry::getVia).allMatch("API"::equals));

        TicketGet get = new TicketGet();
        get.setUserLogin(agent.getLogin());
        get.setPassword("password-" + agent.getLogin());
        get.getTicketID().add(BigInteger.valueOf(ticketId));
        get.setAllArticles(BigInteger.ONE);
        get.setAttachments(BigInteger.ONE);
        TicketGetResponse got = port.ticketGet(get);
        assertNull(got.getError());
        org.helpdesk.it.soap.Ticket read = got.getTicket().get(0);
        assertEquals(ticket.getNumber(), read.getTicketNumber());
        assertEquals("Soporte Técnico (N1)", read.getQueue());
        assertEquals(customer.getLogin(), read.getCustomerUserID());
        org.helpdesk.it.soap.Article first = read.getArticle().get(0);
        assertEquals("El router no levanta desde las 8:00.", first.getBody());
        assertEquals("router.log", first.getAttachment().get(0).getFilename());
        assertArrayEquals("LINK DOWN".getBytes(StandardCharsets.UTF_8), first.getAttachment().get(0).getContent());

        TicketSearch find = new TicketSearch();
        find.setSessionID(sessionId);
        find.getTicketNumber().add(ticket.getNumber());
        assertEquals(List.of(BigInteger.valueOf(ticketId)), port.ticketSearch(find).getTicketID());

        create.setSessionID("no-such-session");
        TicketCreateResponse refused = port.ticketCreate(create);
        assertEquals("TicketCreate.AuthFail", refused.getError().getErrorCode());
        assertNull(refused.getTicketID());
        create.setSessionID(sessionId);
        fields.setTitle(null);
        assertEquals("TicketCreate.MissingParameter", port.ticketCreate(create).getError().getErrorCode());
        assertEquals(1L, As.agent(agent.getLogin(), () -> search.count(TicketQuery.all().withTitle(title))));
    }

    @Test
    void aRequestWrittenAsSoapLiteSendsItIsUnderstood(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("soaplite", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        String title = Fixtures.unique("Correo rebotado");
        // children in the operation's namespace, the ticket's fields out of the WSDL's order, a one-element list
        String request = """
                <?xml version="1.0" encoding="UTF-8"?>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    soap:encodingStyle="http://schemas.xmlsoap.org/soap/encoding/">
                  <soap:Body>
                    <TicketCreate xmlns="http://www.otrs.org/TicketConnector/">
                      <Password>password-%1$s</Password>
                      <UserLogin>%1$s</UserLogin>
                      <Ticket>
                        <CustomerUser>%2$s</CustomerUser>
                        <PriorityID>2</PriorityID>
                        <State>new</State>
                        <Title>%3$s</Title>
                        <QueueID>1</QueueID>
                        <Type>Incident</Type>
                      </Ticket>
                      <Article>
                        <Subject>Rebote</Subject>
                        <Body>Los correos a gerencia rebotan &amp; no llegan.</Body>
                        <ContentType>text/plain; charset=utf8</ContentType>
                      </Article>
                      <DynamicField xsi:nil="true"/>
                    </TicketCreate>
                  </soap:Body>
                </soap:Envelope>
                """.formatted(agent.getLogin(), customer.getLogin(), title);
        HttpResponse<String> answer = post(base, "\"http://www.otrs.org/TicketConnector/#TicketCreate\"", request);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("text/xml"));
        Element response = body(answer.body());
        assertEquals(NS, response.getNamespaceURI());
        assertEquals("TicketCreateResponse", response.getLocalName());
        long ticketId = Long.parseLong(response.getElementsByTagName("TicketID").item(0).getTextContent());
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.get(ticketId));
        assertEquals(title, ticket.getTitle());
        assertEquals("Los correos a gerencia rebotan & no llegan.", As.agent(agent.getLogin(), () -> tickets.articles(ticketId)).get(0).getBody());

        // a refusal is the operation's Error in a normal response
        Element refused = body(post(base, null, request.replace("password-" + agent.getLogin(), "wrong")).body());
        assertEquals("TicketCreate.AuthFail", refused.getElementsByTagName("ErrorCode").item(0).getTextContent());
    }

    @Test
    void aSearchByADynamicFieldWithZnunysOperatorsFindsTheTicket(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("soapsearch", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        String fieldName = Fixtures.unique("Equipo").replace("-", "");
        DynamicField field = As.admin(ADMIN, () -> fieldAdmin.save(new DynamicFieldForm(null, 0, fieldName, "Equipo", "Device",
                FieldType.TEXT, null, 1, false, true, false, true, true, true)));
        try {
            long ticketId = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)
                    .withFields(Map.of(field.getId(), List.of("PC-LIMA-0077"))))).getId();
            String search = """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">
                      <soap:Body>
                        <TicketSearch xmlns="http://www.otrs.org/TicketConnector/">
                          <UserLogin>%1$s</UserLogin>
                          <Password>password-%1$s</Password>
                          <DynamicField_%2$s><%3$s>%4$s</%3$s></DynamicField_%2$s>
                        </TicketSearch>
                      </soap:Body>
                    </soap:Envelope>
                    """;
            Element like = body(post(base, null, search.formatted(agent.getLogin(), fieldName, "Like", "*LIMA-0077")).body());
            assertEquals(List.of(String.valueOf(ticketId)), texts(like, "TicketID"));
            Element equals = body(post(base, null, search.formatted(agent.getLogin(), fieldName, "Equals", "PC-LIMA-0077")).body());
            assertEquals(List.of(String.valueOf(ticketId)), texts(equals, "TicketID"));
            Element other = body(post(base, null, search.formatted(agent.getLogin(), fieldName, "Equals", "PC-CUSCO-0001")).body());
            assertEquals(List.of(), texts(other, "TicketID"));
            Element unsupported = body(post(base, null, search.formatted(agent.getLogin(), fieldName, "GreaterThan", "A")).body());
            assertEquals(List.of("TicketSearch.InvalidParameter"), texts(unsupported, "ErrorCode"));
        } finally {
            DynamicFieldForm form = DynamicFieldForm.of(field);
            As.admin(ADMIN, () -> fieldAdmin.save(new DynamicFieldForm(form.id(), form.version(), form.name(), form.labelEs(),
                    form.labelEn(), form.type(), form.options(), form.position(), false, form.showAgentNew(), form.showCustomerNew(),
                    form.showZoom(), form.showSearch(), false)));
        }
    }

    private static List<String> texts(Element parent, String name) {
        org.w3c.dom.NodeList nodes = parent.getElementsByTagName(name);
        List<String> texts = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @Test
    void aHostileOrWrongMessageGetsAFaultAndStoresNothing(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("soapbad", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        String title = Fixtures.unique("Nunca guardado");
        String envelope = """
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>
                <tns:%4$s xmlns:tns="http://www.otrs.org/TicketConnector/"><UserLogin>%1$s</UserLogin><Password>password-%1$s</Password>
                <Ticket><Title>%3$s</Title><QueueID>1</QueueID><State>new</State><PriorityID>2</PriorityID><CustomerUser>%2$s</CustomerUser></Ticket>
                <Article><Subject>x</Subject><Body>%5$s</Body><ContentType>text/plain</ContentType></Article></tns:%4$s>
                </soap:Body></soap:Envelope>""";

        // an external entity: refused before anything is read, the file never opened
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + envelope.formatted(agent.getLogin(), customer.getLogin(), title, "TicketCreate", "&secret;");
        assertFault(post(base, null, xxe), "soap:Client", "no well-formed");
        assertFault(post(base, null, "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"),
                "soap:Client", "no well-formed");
        // nested deeper than any request: refused while parsing, not walked
        String deep = "<a>".repeat(50_000) + "</a>".repeat(50_000);
        assertFault(post(base, null, envelope.formatted(agent.getLogin(), customer.getLogin(), title, "TicketCreate", deep)),
                "soap:Client", "no well-formed");
        assertFault(post(base, null, envelope.formatted(agent.getLogin(), customer.getLogin(), title, "TicketDelete", "x")),
                "soap:Client", "TicketDelete is not known");
        assertFault(post(base, "http://www.otrs.org/TicketConnector/TicketUpdate",
                envelope.formatted(agent.getLogin(), customer.getLogin(), title, "TicketCreate", "x")), "soap:Client", "does not name");
        assertEquals(0L, As.agent(agent.getLogin(), () -> search.count(TicketQuery.all().withTitle(title))));

        HttpResponse<String> wsdl = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint(base) + "?wsdl")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, wsdl.statusCode());
        assertTrue(wsdl.body().contains("location=\"" + endpoint(base) + "\""), "the address is this server's");
    }

    private static String endpoint(URL base) {
        return base + "api/otrs/nph-genericinterface.pl/Webservice/GenericTicketConnectorSOAP";
    }

    private static HttpResponse<String> post(URL base, String soapAction, String xml) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint(base))).header("Content-Type", "text/xml; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8));
        if (soapAction != null) {
            request.header("SOAPAction", soapAction);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertFault(HttpResponse<String> answer, String code, String message) throws Exception {
        assertEquals(500, answer.statusCode(), answer.body());
        Element fault = body(answer.body());
        assertEquals("Fault", fault.getLocalName(), answer.body());
        assertEquals(code, fault.getElementsByTagName("faultcode").item(0).getTextContent());
        String text = fault.getElementsByTagName("faultstring").item(0).getTextContent();
        assertTrue(text.contains(message), text);
        assertTrue(!answer.body().contains("root:"), "nothing of the file came back");
    }

    /** The first element inside the envelope's body. */
    private static Element body(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        Element body = (Element) document.getDocumentElement().getElementsByTagNameNS("http://schemas.xmlsoap.org/soap/envelope/", "Body")
                .item(0);
        for (org.w3c.dom.Node node = body.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("empty body: " + xml);
    }
}
