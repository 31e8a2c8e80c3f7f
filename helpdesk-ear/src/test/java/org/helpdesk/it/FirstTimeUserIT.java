package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.QUEUE_N2;
import static org.helpdesk.it.Fixtures.STATE_CLOSED_SUCCESSFUL;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.TYPE_INCIDENT;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.helpdesk.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.admin.AuditService;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.mail.outbound.AutoResponse;
import org.helpdesk.mail.outbound.AutoResponseService;
import org.helpdesk.mail.outbound.OutboxMessage;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.settings.BaseUrl;
import org.helpdesk.settings.SettingsForm;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.settings.SystemSettings;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewCustomerTicket;
import org.helpdesk.ticket.StateType;
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
 * What a first-time user trips over: answering a ticket takes it (it shows under "Mis tickets"),
 * a new queue confirms new tickets by e-mail like the shipped ones, and links in e-mail use the
 * address set in the system settings.
 */
@ExtendWith(ArquillianExtension.class)
class FirstTimeUserIT {

    /** What the test server sets as HELPDESK_BASE_URL (see the failsafe configuration). */
    private static final String SERVER_ADDRESS = "http://127.0.0.1:8080/helpdesk";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    TicketSearchService search;

    @EJB
    CustomerTicketService portal;

    @EJB
    SettingsService settings;

    @EJB
    QueueService queues;

    @EJB
    AutoResponseService autoResponses;

    @EJB
    AuditService audit;

    @Inject
    Fixtures fixtures;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    /** First line: everything in N1, may move tickets into N2. */
    private Agent firstLine;
    /** Consultant: everything in N1 and N2. */
    private Agent consultant;
    private CustomerUser customer;

    @BeforeEach
    void setUp() {
        firstLine = fixtures.agent("primera", Map.of(SUPPORT_GROUP, Set.of(Permission.RW),
                CONSULTING_GROUP, Set.of(Permission.MOVE_INTO)));
        consultant = fixtures.agent("consultor", Map.of(CONSULTING_GROUP, Set.of(Permission.RW), SUPPORT_GROUP,
                Set.of(Permission.RW)));
        customer = fixtures.customer();
    }

    // 1. Answering takes the ticket

    @Test
    void answeringAnUnlockedTicketMakesTheAgentItsOwnerAndListsItUnderMine() {
        Ticket ticket = createInN1();
        assertFalse(ticket.isLocked());
        assertTrue(mine(firstLine).isEmpty());

        As.agent(firstLine.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: No hay conexión", "Reinicie el router, por favor.")));
        Ticket answered = reload(ticket);
        assertTrue(answered.isLocked());
        assertEquals(firstLine.getId(), answered.getOwner().getId());
        assertEquals(List.of(ticket.getId()), mine(firstLine));
        List<HistoryType> history = history(ticket);
        assertTrue(history.containsAll(List.of(HistoryType.SEND_ANSWER, HistoryType.OWNER_UPDATE, HistoryType.LOCK)),
                history.toString());
        // another agent now finds it locked
        assertThrows(RuleViolationException.class, () -> As.agent(consultant.getLogin(),
                () -> tickets.addArticle(ticket.getId(), answered.getVersion(), NewArticle.reply("Re", "Hola"))));
    }

    @Test
    void anAnswerTakesOverATicketThatIsOwnedButNotLocked() {
        Ticket ticket = createInN1();
        Ticket owned = As.agent(firstLine.getLogin(), () -> tickets.setOwner(ticket.getId(), ticket.getVersion(),
                consultant.getId()));
        assertFalse(owned.isLocked());
        As.agent(firstLine.getLogin(), () -> tickets.addArticle(owned.getId(), owned.getVersion(),
                NewArticle.emailToCustomer(customer.getEmail(), "Re: No hay conexión", "Ya lo revisamos.")));
        Ticket answered = reload(ticket);
        assertTrue(answered.isLocked());
        assertEquals(firstLine.getId(), answered.getOwner().getId());
    }

    @Test
    void notesAndWhatTheCustomerSaidOnThePhoneLeaveTheTicketFreeButACallToTheCustomerTakesIt() {
        Ticket ticket = createInN1();
        As.agent(firstLine.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.note("Nota", "Revisar el router")));
        Ticket noted = reload(ticket);
        As.agent(firstLine.getLogin(), () -> tickets.addArticle(noted.getId(), noted.getVersion(),
                NewArticle.phoneFromCustomer("Llamada", "Vuelve a llamar: sigue sin red")));
        Ticket called = reload(ticket);
        assertFalse(called.isLocked());
        assertNull(called.getOwner());
        assertTrue(mine(firstLine).isEmpty());

        As.agent(consultant.getLogin(), () -> tickets.addArticle(called.getId(), called.getVersion(),
                NewArticle.phoneToCustomer("Llamada", "Le pedimos reiniciar el router.")));
        Ticket answered = reload(ticket);
        assertTrue(answered.isLocked());
        assertEquals(consultant.getId(), answered.getOwner().getId());
    }

    @Test
    void escalatingAnAnsweredTicketLeavesItFreeForTheNextTier() {
        Ticket ticket = createInN1();
        As.agent(firstLine.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: No hay conexión", "Lo pasamos a los especialistas.")));
        Ticket answered = reload(ticket);
        Ticket escalated = As.agent(firstLine.getLogin(), () -> tickets.move(answered.getId(), answered.getVersion(), QUEUE_N2));
        assertFalse(escalated.isLocked(), "moving unlocks, as OTRS does");
        Ticket closed = As.agent(consultant.getLogin(), () -> tickets.close(escalated.getId(), escalated.getVersion(),
                STATE_CLOSED_SUCCESSFUL, null));
        assertEquals(StateType.CLOSED, closed.getState().getType());
        assertTrue(history(ticket).contains(HistoryType.UNLOCK));
    }

    @Test
    void theAdministratorCanSwitchTheLockOnAnswerOff() {
        SettingsForm original = currentSettings();
        assertTrue(original.lockOnAnswer(), "on out of the box");
        try {
            As.admin(ADMIN, () -> settings.save(settingsWith(false, original.baseUrl())));
            Ticket ticket = createInN1();
            As.agent(firstLine.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                    NewArticle.reply("Re: No hay conexión", "Reinicie el router, por favor.")));
            Ticket answered = reload(ticket);
            assertFalse(answered.isLocked());
            assertNull(answered.getOwner());
            assertTrue(mine(firstLine).isEmpty());

            AuditEntry change = As.admin(ADMIN, () -> audit.entries("SystemSettings", null, 0, 10)).rows().stream()
                    .filter(e -> e.getChanges().contains("lockOnAnswer")).findFirst().orElseThrow();
            assertTrue(change.getChanges().contains("lockOnAnswer: true → false"), change.getChanges());
        } finally {
            restore(original);
        }
    }

    // 2. A new queue confirms by e-mail

    @Test
    void aNewQueueComesWithTheStandardAutoResponses() {
        Queue fromForm = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, unique("Impresoras"), SUPPORT_GROUP, 1,
                FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, true, null, true)));
        // whatever the form says: this one rejects follow-ups and is not offered to customers
        Queue created = fixtures.queue(unique("Redes"), SUPPORT_GROUP, FollowUpPolicy.REJECT);
        Set<String> standard = Set.of("NEW_TICKET/es", "NEW_TICKET/en", "FOLLOW_UP_REJECTED/es", "FOLLOW_UP_REJECTED/en");
        for (Queue queue : List.of(fromForm, created)) {
            List<AutoResponse> responses = As.admin(ADMIN, () -> autoResponses.ofQueue(queue.getId()));
            assertEquals(standard, occasions(responses), queue.getName());
            assertTrue(responses.stream().allMatch(AutoResponse::isValid));
        }

        // changing the queue adds none
        As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(fromForm.getId(), fromForm.getVersion(), fromForm.getName(),
                SUPPORT_GROUP, 2, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, true, "Segundo nivel", true)));
        assertEquals(4, As.admin(ADMIN, () -> autoResponses.ofQueue(fromForm.getId())).size());

        // they are in the audit log, like every admin change
        Set<Long> ids = As.admin(ADMIN, () -> autoResponses.ofQueue(created.getId())).stream().map(AutoResponse::getId)
                .collect(Collectors.toSet());
        long logged = As.admin(ADMIN, () -> audit.entries("AutoResponse", null, 0, 50)).rows().stream()
                .filter(e -> ids.contains(e.getEntityId()) && e.getAction() == AuditEntry.Action.CREATED).count();
        assertEquals(4, logged);
    }

    @Test
    void aCustomerOfANewQueueGetsTheConfirmationByEmail() {
        Queue queue = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, unique("Impresoras"), SUPPORT_GROUP, 1,
                FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, true, null, true)));
        Ticket ticket = As.customer(customer.getLogin(), () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, queue.getId(),
                Level.LOW, Level.LOW, null, "Impresora atascada", "La impresora del piso 2 no imprime.", List.of())));
        assertEquals(queue.getId(), ticket.getQueue().getId());

        OutboxMessage confirmation = autoResponseTo(customer.getEmail());
        assertEquals("[Ticket#" + ticket.getNumber() + "] Registramos su solicitud: Impresora atascada", confirmation.getSubject());
        assertTrue(confirmation.getBody().contains(ticket.getNumber()), confirmation.getBody());
        assertTrue(confirmation.getBody().contains(SERVER_ADDRESS + "/customer/ticket.xhtml?id=" + ticket.getId()),
                confirmation.getBody());
    }

    // 3. Links in e-mail use the configured address

    @Test
    void linksInMailUseTheAddressOfTheSettingsElseTheServers() {
        assertNull(As.admin(ADMIN, () -> settings.current()).getBaseUrl(), "empty on a new installation");
        BaseUrl server = As.admin(ADMIN, () -> settings.baseUrl());
        assertEquals(new BaseUrl(SERVER_ADDRESS, BaseUrl.Source.ENVIRONMENT), server);

        SettingsForm original = currentSettings();
        try {
            As.admin(ADMIN, () -> settings.save(settingsWith(original.lockOnAnswer(), " https://mesa.net7.example/helpdesk/ ")));
            assertEquals("https://mesa.net7.example/helpdesk", settings.current().getBaseUrl());
            assertEquals(BaseUrl.Source.SETTINGS, As.admin(ADMIN, () -> settings.baseUrl()).source());

            Ticket ticket = As.customer(customer.getLogin(), () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N1,
                    Level.LOW, Level.LOW, null, "Sin correo", "No llegan los correos.", List.of())));
            String body = autoResponseTo(customer.getEmail()).getBody();
            assertTrue(body.contains("https://mesa.net7.example/helpdesk/customer/ticket.xhtml?id=" + ticket.getId()), body);

            AuditEntry change = As.admin(ADMIN, () -> audit.entries("SystemSettings", null, 0, 10)).rows().stream()
                    .filter(e -> e.getChanges().contains("baseUrl")).findFirst().orElseThrow();
            assertTrue(change.getChanges().contains("https://mesa.net7.example/helpdesk"), change.getChanges());

            ValidationException bad = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                    () -> settings.save(settingsWith(true, "mesa.net7.example/helpdesk"))));
            assertTrue(bad.hasErrorOn("baseUrl"));
        } finally {
            restore(original);
        }
        assertEquals(server, As.admin(ADMIN, () -> settings.baseUrl()), "empty again: the server's address");
    }

    @Test
    void theAdministratorTakesTheAddressTheBrowserUsed() {
        SettingsForm original = currentSettings();
        try {
            SystemSettings saved = As.admin(ADMIN, () -> settings.useBaseUrl("http://desk.net7.example:8080/helpdesk"));
            assertEquals("http://desk.net7.example:8080/helpdesk", saved.getBaseUrl());
            assertEquals(new BaseUrl("http://desk.net7.example:8080/helpdesk", BaseUrl.Source.SETTINGS),
                    As.admin(ADMIN, () -> settings.baseUrl()));
            ValidationException bad = assertThrows(ValidationException.class,
                    () -> As.admin(ADMIN, () -> settings.useBaseUrl("javascript:alert(1)")));
            assertTrue(bad.hasErrorOn("baseUrl"));
            assertThrows(EJBAccessException.class,
                    () -> As.agent(firstLine.getLogin(), () -> settings.useBaseUrl("http://elsewhere.example/helpdesk")));
        } finally {
            restore(original);
        }
    }

    private Ticket createInN1() {
        return As.agent(firstLine.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 2)));
    }

    private Ticket reload(Ticket ticket) {
        return As.agent(consultant.getLogin(), () -> tickets.get(ticket.getId()));
    }

    private List<Long> mine(Agent agent) {
        return As.agent(agent.getLogin(), () -> search.myTickets(10)).stream().map(TicketSummary::id).toList();
    }

    private List<HistoryType> history(Ticket ticket) {
        return As.agent(consultant.getLogin(), () -> tickets.history(ticket.getId())).stream().map(HistoryEntry::getType)
                .toList();
    }

    private static Set<String> occasions(List<AutoResponse> responses) {
        return responses.stream().map(r -> r.getKind() + "/" + r.getLanguage()).collect(Collectors.toSet());
    }

    /** The one auto-response sent to this (per test new) address. */
    private OutboxMessage autoResponseTo(String address) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.autoResponseTo = :to", OutboxMessage.class)
                .setParameter("to", address).getSingleResult();
    }

    private SettingsForm currentSettings() {
        return SettingsForm.of(As.admin(ADMIN, () -> settings.current()));
    }

    /** The current settings with these two changed. */
    private SettingsForm settingsWith(boolean lockOnAnswer, String baseUrl) {
        SettingsForm now = currentSettings();
        return new SettingsForm(now.version(), now.productName(), now.ticketHook(), now.maxAttachmentMb(), now.selfRegistration(),
                now.defaultLanguage(), now.sessionTimeoutMinutes(), now.headerColor(), now.accentColor(), lockOnAnswer, baseUrl,
                now.faqApproval());
    }

    private void restore(SettingsForm original) {
        As.admin(ADMIN, () -> settings.save(settingsWith(original.lockOnAnswer(), original.baseUrl())));
    }
}
