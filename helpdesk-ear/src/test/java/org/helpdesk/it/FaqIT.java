package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.STATE_CLOSED_SUCCESSFUL;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.faq.FaqArticle;
import org.helpdesk.faq.FaqAttachment;
import org.helpdesk.faq.FaqCategory;
import org.helpdesk.faq.FaqCategoryService;
import org.helpdesk.faq.FaqForm;
import org.helpdesk.faq.FaqHistory;
import org.helpdesk.faq.FaqIndexBackfill;
import org.helpdesk.faq.FaqItem;
import org.helpdesk.faq.FaqRow;
import org.helpdesk.faq.FaqService;
import org.helpdesk.faq.FaqStatistic;
import org.helpdesk.faq.FaqVisibility;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.settings.SettingsForm;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.shared.ConcurrentChangeException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The knowledge base on the database the tests run on: revisions, approval, who may read what,
 * articles written from tickets, suggestions ranked on a small Spanish corpus, and deflections.
 * Each test writes its own words, so the other tests' articles never rank among its suggestions.
 */
@ExtendWith(ArquillianExtension.class)
class FaqIT {

    private static final long GENERAL = 1;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    FaqService faq;

    @EJB
    KnowledgeBase knowledgeBase;

    @EJB
    TicketService tickets;

    @EJB
    TicketSearchService search;

    @EJB
    CustomerTicketService portal;

    @EJB
    SettingsService settings;

    @EJB
    FaqCategoryService categories;

    @EJB
    FaqIndexBackfill backfill;

    @Inject
    Fixtures fixtures;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    private Agent agent;
    private CustomerUser customer;

    @BeforeEach
    void setUp() {
        agent = fixtures.agent("saber", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        customer = fixtures.customer();
    }

    private static FaqForm form(String title, String solution, FaqVisibility visibility) {
        return new FaqForm(0, title, "<p>" + title + "</p>", solution, null, GENERAL, "es", visibility, true);
    }

    private FaqItem write(String title, String solution, FaqVisibility visibility) {
        return As.agent(agent.getLogin(), () -> faq.create(form(title, solution, visibility), null));
    }

    private List<String> suggestedTo(CustomerUser who, String text) {
        return As.customer(who.getLogin(), () -> knowledgeBase.suggest(text, 5)).stream().map(FaqRow::title).toList();
    }

    @Test
    void everyChangeIsARevisionAndEarlierOnesStayReadable() {
        FaqItem item = write("Reiniciar el enrutador del piso", "<p>Desenchufe el enrutador diez segundos.</p>", FaqVisibility.CUSTOMER);
        FaqForm first = As.agent(agent.getLogin(), () -> faq.form(item.getId()));
        As.agent(agent.getLogin(), () -> faq.update(item.getId(), new FaqForm(first.version(), "Reiniciar el enrutador",
                first.symptom(), first.solution(), "router, wifi", first.categoryId(), "es", first.visibility(), true)));
        FaqForm second = As.agent(agent.getLogin(), () -> faq.form(item.getId()));
        As.admin(ADMIN, () -> faq.update(item.getId(), new FaqForm(second.version(), second.title(), second.symptom(),
                "<p>Desenchufe el enrutador treinta segundos.</p>", second.keywords(), second.categoryId(), "es",
                FaqVisibility.PUBLIC, true)));

        List<FaqHistory> history = As.agent(agent.getLogin(), () -> faq.history(item.getId()));
        assertEquals(List.of(3, 2, 1), history.stream().map(FaqHistory::revision).toList(), "newest first");
        assertEquals(List.of("solution", "visibility"), history.get(0).changed());
        assertEquals(ADMIN, history.get(0).changedBy());
        assertEquals(List.of("title", "keywords"), history.get(1).changed());
        assertEquals(agent.getLogin(), history.get(2).changedBy());
        assertEquals("Reiniciar el enrutador del piso", As.agent(agent.getLogin(), () -> faq.revision(item.getId(), 1)).getTitle());
        assertTrue(As.agent(agent.getLogin(), () -> faq.revision(item.getId(), 2)).getSolution().contains("diez"));
        assertTrue(knowledgeBase.read(item.getId()).safeSolution().contains("treinta"), "public now, read without an account");

        assertThrows(ConcurrentChangeException.class, () -> As.agent(agent.getLogin(), () -> faq.update(item.getId(), first)),
                "a change made from an older version is refused");
        ValidationException blank = assertThrows(ValidationException.class, () -> As.agent(agent.getLogin(),
                () -> faq.create(new FaqForm(0, " ", null, "", null, null, "fr", null, true), null)));
        for (String field : List.of("title", "solution", "categoryId", "language", "visibility")) {
            assertTrue(blank.hasErrorOn(field), field);
        }
    }

    @Test
    void withApprovalOnAnAgentsChangeWaitsForAnAdministrator() {
        SettingsForm original = SettingsForm.of(settings.current());
        As.admin(ADMIN, () -> settings.save(original.withFaqApproval(true)));
        try {
            FaqItem item = write("Escáner sin controlador instalado", "<p>Instale el controlador del escáner.</p>",
                    FaqVisibility.CUSTOMER);
            assertFalse(item.isApproved());
            assertThrows(NotFoundException.class, () -> As.customer(customer.getLogin(), () -> knowledgeBase.read(item.getId())));
            assertEquals(List.of(), suggestedTo(customer, "escáneres controlador"));
            assertTrue(As.agent(agent.getLogin(), () -> faq.list(null, null, true, 0, 500)).rows().stream()
                    .anyMatch(row -> row.id() == item.getId()), "listed as awaiting approval");
            assertThrows(jakarta.ejb.EJBAccessException.class,
                    () -> As.agent(agent.getLogin(), () -> faq.approve(item.getId(), item.getVersion())), "agents do not approve");

            As.admin(ADMIN, () -> faq.approve(item.getId(), item.getVersion()));
            assertEquals("Escáner sin controlador instalado",
                    As.customer(customer.getLogin(), () -> knowledgeBase.read(item.getId())).title());
            assertEquals(List.of("Escáner sin controlador instalado"), suggestedTo(customer, "escáneres controlador"));

            As.agent(agent.getLogin(), () -> faq.attach(item.getId(), new NewAttachment("controlador.zip", "application/zip",
                    new byte[] {'P', 'K', 3, 4})));
            assertThrows(NotFoundException.class, () -> As.customer(customer.getLogin(), () -> knowledgeBase.read(item.getId())),
                    "a file added by an agent waits for approval too");

            FaqItem byAdmin = As.admin(ADMIN, () -> faq.create(form("Escáner en red", "<p>Agregue el escáner.</p>",
                    FaqVisibility.CUSTOMER), null));
            assertTrue(byAdmin.isApproved(), "an administrator's own change needs no approval");
        } finally {
            As.admin(ADMIN, () -> settings.save(SettingsForm.of(settings.current()).withFaqApproval(original.faqApproval())));
        }
    }

    @Test
    void customersNeverSeeInternalArticlesNorAnotherCompanysTickets() {
        FaqItem internal = write("Proyector de la sala apagado: clave interna", "<p>Use la clave del proyector.</p>",
                FaqVisibility.INTERNAL);
        FaqItem forCustomers = write("Proyector de la sala sin imagen", "<p>Pulse la tecla de fuente del proyector.</p>",
                FaqVisibility.CUSTOMER);
        FaqItem everyone = write("Proyector que parpadea", "<p>Cambie el cable del proyector.</p>", FaqVisibility.PUBLIC);
        FaqItem invalid = As.agent(agent.getLogin(), () -> faq.create(new FaqForm(0, "Proyector antiguo", null,
                "<p>Ya no se usa este proyector.</p>", null, GENERAL, "es", FaqVisibility.PUBLIC, false), null));

        assertEquals(Set.of("Proyector de la sala sin imagen", "Proyector que parpadea"),
                Set.copyOf(suggestedTo(customer, "el proyector de la sala")));
        assertThrows(NotFoundException.class, () -> As.customer(customer.getLogin(), () -> knowledgeBase.read(internal.getId())));
        assertThrows(NotFoundException.class, () -> As.customer(customer.getLogin(), () -> knowledgeBase.read(invalid.getId())));
        assertEquals(List.of("Proyector que parpadea"), knowledgeBase.suggest("proyectores", 5).stream().map(FaqRow::title).toList(),
                "without an account: public articles only");
        assertThrows(NotFoundException.class, () -> knowledgeBase.read(forCustomers.getId()));
        assertEquals(everyone.getId(), knowledgeBase.read(everyone.getId()).id());
        assertTrue(As.agent(agent.getLogin(), () -> knowledgeBase.suggest("proyector sala", 5)).stream()
                .anyMatch(row -> row.id() == internal.getId()), "agents are suggested internal articles too");

        Ticket mine = solvedTicket(customer, "Proyector de la sala no enciende", "Se cambió la lámpara del proyector.");
        CustomerUser elsewhere = fixtures.customer(); // another company
        Ticket theirs = solvedTicket(elsewhere, "Proyector de la sala no enciende", "Se cambió el fusible del proyector.");
        assertEquals(List.of(mine.getId()), As.customer(customer.getLogin(), () -> portal.knownSolutions("proyector", 5))
                .stream().map(TicketSummary::id).toList());
        assertEquals(List.of(theirs.getId()), As.customer(elsewhere.getLogin(), () -> portal.knownSolutions("proyector", 5))
                .stream().map(TicketSummary::id).toList());
    }

    private Ticket solvedTicket(CustomerUser who, String title, String answer) {
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(new NewTicket(title, QUEUE_N1, null, 2,
                Fixtures.TYPE_INCIDENT, who.getId(), null, null, NewArticle.phoneFromCustomer(title, title + ", desde hoy."))));
        return As.agent(agent.getLogin(), () -> tickets.close(ticket.getId(), ticket.getVersion(), STATE_CLOSED_SUCCESSFUL,
                NewArticle.reply("Solución", answer)));
    }

    @Test
    void aSolvedTicketBecomesAnArticleLinkedToIt() {
        Ticket solved = solvedTicket(customer, "Monitor con rayas verticales", "Se reemplazó el cable HDMI del monitor.");
        FaqForm draft = As.agent(agent.getLogin(), () -> faq.draftFromTicket(solved.getId()));
        assertEquals("Monitor con rayas verticales", draft.title());
        assertTrue(draft.symptom().contains("Monitor con rayas verticales, desde hoy."), draft.symptom());
        assertTrue(draft.solution().startsWith("<p>Se reemplazó el cable HDMI del monitor."), draft.solution());
        assertEquals(FaqVisibility.INTERNAL, draft.visibility(), "reviewed before customers see it");

        FaqItem item = As.agent(agent.getLogin(), () -> faq.create(draft, solved.getId()));
        assertEquals(List.of(item.getId()), As.agent(agent.getLogin(), () -> faq.linkedTo(solved.getId())).stream()
                .map(FaqRow::id).toList());
        assertEquals(solved.getNumber(), As.agent(agent.getLogin(), () -> faq.tickets(item.getId())).get(0).number());

        Ticket alike = As.agent(agent.getLogin(), () -> tickets.create(new NewTicket("Rayas en el monitor", QUEUE_N1, null, 2,
                Fixtures.TYPE_INCIDENT, customer.getId(), null, null, NewArticle.phoneFromCustomer("Rayas", "Otra vez."))));
        assertEquals(solved.getId(), As.agent(agent.getLogin(), () -> search.similarSolved(alike.getId(), 5)).get(0).id());
        assertEquals("Monitor con rayas verticales", As.agent(agent.getLogin(),
                () -> knowledgeBase.suggest("Rayas en el monitor", 5)).get(0).title());

        Agent outsider = fixtures.agent("ajeno", Map.of());
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> faq.draftFromTicket(solved.getId())));
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> {
            faq.link(item.getId(), solved.getId());
            return null;
        }));
        assertEquals(List.of(), As.agent(outsider.getLogin(), () -> faq.tickets(item.getId())));
    }

    @Test
    void theArticleThatAnswersTheQuestionRanksFirst() {
        // a small Spanish corpus: each article shares some words with the others
        write("Cómo conectarse a la VPN desde casa", "<p>Abra el cliente VPN e ingrese su usuario de dominio.</p>",
                FaqVisibility.PUBLIC);
        write("Impresora de red sin conexión", "<p>Verifique el cable de red de la impresora y reinícela.</p>",
                FaqVisibility.PUBLIC);
        write("La impresora imprime hojas en blanco", "<p>Cambie el tóner de la impresora.</p>", FaqVisibility.PUBLIC);
        write("Correo: buzón lleno", "<p>Borre los correos antiguos o archívelos para liberar espacio en el buzón.</p>",
                FaqVisibility.PUBLIC);
        write("Sin conexión a internet en la oficina", "<p>Revise que el cable de red esté conectado y reinicie el "
                + "enrutador de la oficina.</p>", FaqVisibility.PUBLIC);

        assertEquals("Sin conexión a internet en la oficina", suggestedTo(customer, "No tengo conexion a Internet en la oficina").get(0));
        assertEquals("Impresora de red sin conexión", suggestedTo(customer, "Las impresoras de red no tienen conexión").get(0));
        assertEquals("La impresora imprime hojas en blanco", suggestedTo(customer, "hojas en blanco al imprimir").get(0));
        assertEquals("Correo: buzón lleno", suggestedTo(customer, "BUZON LLENO").get(0));
        assertEquals("Cómo conectarse a la VPN desde casa", suggestedTo(customer, "vpn").get(0));
        assertEquals(List.of(), suggestedTo(customer, "xilófono"));
        assertEquals(List.of("Correo: buzón lleno"), As.customer(customer.getLogin(),
                () -> knowledgeBase.browse(null, "buzones", 0, 10)).rows().stream().map(FaqRow::title).toList());
    }

    @Test
    void filesFollowTheArticlesVisibilityAndHtmlIsSanitizedWhenShown() {
        FaqItem shared = As.agent(agent.getLogin(), () -> faq.create(new FaqForm(0, "Manual del lector de huellas",
                null, "<p>Vea el <a href=\"https://example.org/manual\">manual</a>.</p><script>alert(1)</script>"
                        + "<img src=\"https://tracker.example/x.png\" onerror=\"alert(2)\">", null, GENERAL, "es",
                FaqVisibility.PUBLIC, true), null));
        FaqItem internal = write("Lector de huellas: clave de servicio", "<p>La clave está en el sobre.</p>", FaqVisibility.INTERNAL);
        FaqAttachment manual = As.agent(agent.getLogin(), () -> faq.attach(shared.getId(),
                new NewAttachment("manual.pdf", "application/pdf", "%PDF-1.4 manual".getBytes(StandardCharsets.UTF_8))));
        FaqAttachment secret = As.agent(agent.getLogin(), () -> faq.attach(internal.getId(),
                new NewAttachment("clave.txt", "text/plain", "1234".getBytes(StandardCharsets.UTF_8))));

        FaqArticle read = knowledgeBase.read(shared.getId());
        assertEquals(List.of("manual.pdf"), read.files().stream().map(FaqArticle.FileInfo::filename).toList());
        assertTrue(read.safeSolution().contains("href=\"https://example.org/manual\""), read.safeSolution());
        assertFalse(read.safeSolution().contains("script") || read.safeSolution().contains("alert")
                || read.safeSolution().contains("tracker"), read.safeSolution());
        assertTrue(read.solutionText().contains("Vea el manual"), read.solutionText());
        assertEquals("%PDF-1.4 manual", new String(knowledgeBase.attachment(manual.getId()).getContent(), StandardCharsets.UTF_8));
        assertThrows(NotFoundException.class, () -> As.customer(customer.getLogin(), () -> knowledgeBase.attachment(secret.getId())));
        assertEquals("1234", new String(As.agent(agent.getLogin(), () -> knowledgeBase.attachment(secret.getId())).getContent(),
                StandardCharsets.UTF_8));

        ValidationException tooLarge = assertThrows(ValidationException.class, () -> As.agent(agent.getLogin(),
                () -> faq.attach(shared.getId(), new NewAttachment("enorme.bin", "application/octet-stream",
                        new byte[11 * 1024 * 1024]))));
        assertTrue(tooLarge.hasErrorOn("attachments"));
        As.agent(agent.getLogin(), () -> {
            faq.removeAttachment(manual.getId());
            return null;
        });
        assertEquals(List.of(), knowledgeBase.read(shared.getId()).files());
    }

    @Test
    void administratorsKeepTheCategoryTree() {
        FaqCategory hardware = As.admin(ADMIN, () -> categories.save(null, 0, Fixtures.unique("Hardware"), null, true));
        FaqCategory printers = As.admin(ADMIN, () -> categories.save(null, 0, "Impresoras", hardware.getId(), true));
        assertEquals(hardware.getName() + " › Impresoras", printers.getPath());
        ValidationException cycle = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> categories.save(hardware.getId(), hardware.getVersion(), hardware.getName(), printers.getId(), true)));
        assertTrue(cycle.hasErrorOn("parentId"));
        assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> categories.save(null, 0, " ", null, true)));
        assertThrows(jakarta.ejb.EJBAccessException.class,
                () -> As.agent(agent.getLogin(), () -> categories.save(null, 0, "Redes", null, true)));

        FaqItem inPrinters = As.agent(agent.getLogin(), () -> faq.create(new FaqForm(0, "Cambiar el tambor", null,
                "<p>Abra la tapa frontal.</p>", null, printers.getId(), "es", FaqVisibility.PUBLIC, true), null));
        assertEquals(List.of(inPrinters.getId()), knowledgeBase.browse(printers.getId(), null, 0, 10).rows().stream()
                .map(FaqRow::id).toList(), "browsing a category");
        As.admin(ADMIN, () -> categories.save(printers.getId(), printers.getVersion(), "Impresoras", hardware.getId(), false));
        assertFalse(knowledgeBase.categories().stream().anyMatch(c -> c.getId().equals(printers.getId())),
                "an invalid category is not offered");
    }

    @Test
    void articlesMissingFromTheIndexAreIndexedAfterTheStart() throws Exception {
        FaqItem item = write("Cámara web sin imagen en videollamadas", "<p>Dé permiso a la cámara.</p>", FaqVisibility.CUSTOMER);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement forget = connection.prepareStatement("DELETE FROM faq_search WHERE faq_item_id = ?")) {
            forget.setLong(1, item.getId());
            forget.executeUpdate();
        }
        assertEquals(List.of(), suggestedTo(customer, "cámara web"));
        assertTrue(backfill.walk() >= 1);
        assertEquals(List.of(item.getTitle()), suggestedTo(customer, "cámara web"));
        assertEquals(0, backfill.walk(), "nothing left to do");
    }

    @Test
    void managersSeeWhichArticlesDeflectedTickets() throws Exception {
        FaqItem deflecting = write("Teclado inalámbrico sin respuesta", "<p>Cambie las pilas del teclado.</p>", FaqVisibility.CUSTOMER);
        FaqItem notEnough = write("Ratón inalámbrico sin respuesta", "<p>Cambie las pilas del ratón.</p>", FaqVisibility.CUSTOMER);

        As.customer(customer.getLogin(), () -> {
            knowledgeBase.openedFromSuggestion(notEnough.getId());
            return null;
        });
        Ticket after = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(QUEUE_N1, customer.getId(), 2)));
        CustomerUser another = fixtures.customer();
        As.customer(another.getLogin(), () -> {
            knowledgeBase.openedFromSuggestion(deflecting.getId());
            return null;
        });
        assertThrows(NotFoundException.class, () -> As.customer(another.getLogin(), () -> {
            knowledgeBase.openedFromSuggestion(write("Interno del teclado", "<p>x</p>", FaqVisibility.INTERNAL).getId());
            return null;
        }));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement hourAgo = connection.prepareStatement(
                        "UPDATE faq_suggestion_open SET opened_at = ? WHERE faq_item_id IN (?, ?)")) {
            hourAgo.setTimestamp(1, Timestamp.from(Instant.now().minus(2, ChronoUnit.HOURS)));
            hourAgo.setLong(2, deflecting.getId());
            hourAgo.setLong(3, notEnough.getId());
            hourAgo.executeUpdate();
        }
        As.customer(another.getLogin(), () -> {
            knowledgeBase.rate(deflecting.getId(), true);
            knowledgeBase.rate(deflecting.getId(), false);
            knowledgeBase.rate(deflecting.getId(), true);
            return null;
        });

        Map<Long, FaqStatistic> stats = As.call("gerente", Set.of("agent", "stats"), () -> knowledgeBase.statistics(0, 200))
                .rows().stream().collect(java.util.stream.Collectors.toMap(FaqStatistic::id, s -> s));
        assertEquals(new FaqStatistic(deflecting.getId(), deflecting.getTitle(), 1, 0, 1, 2, 1), stats.get(deflecting.getId()));
        assertEquals(new FaqStatistic(notEnough.getId(), notEnough.getTitle(), 1, 1, 0, 0, 0), stats.get(notEnough.getId()));
        assertTrue(after.getId() > 0);
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> As.agent(agent.getLogin(), () -> knowledgeBase.statistics(0, 10)));
        FaqArticle read = As.customer(another.getLogin(), () -> knowledgeBase.read(deflecting.getId()));
        assertEquals(2, read.helpfulYes());
    }
}
