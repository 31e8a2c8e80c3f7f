package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.QUEUE_N2;
import static org.helpdesk.it.Fixtures.STATE_CLOSED_SUCCESSFUL;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.TYPE_INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.NewCustomerUser;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.CustomerTicketService.Show;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.ticket.NewCustomerTicket;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The customer portal's services: creation with ITIL priority, follow-ups, and who sees what. */
@ExtendWith(ArquillianExtension.class)
class CustomerPortalIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    CustomerTicketService portal;

    @EJB
    TicketService tickets;

    @EJB
    CustomerService customers;

    @EJB
    QueueService queues;

    @EJB
    ServiceCatalog services;

    @Inject
    Fixtures fixtures;

    private CustomerUser lucia;
    private Agent agent;

    @BeforeEach
    void setUp() {
        lucia = fixtures.customer();
        agent = fixtures.agent("portal", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), Fixtures.CONSULTING_GROUP,
                Set.of(Permission.RW)));
    }

    @Test
    void thePortalNamesTheCustomerByFirstAndLastNameNotByLogin() {
        assertEquals("Lucía Ramos", As.customer(lucia.getLogin(), () -> portal.myName()));
    }

    private Ticket open(CustomerUser customer, Level impact, Level urgency) {
        return As.customer(customer.getLogin(), () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N1, impact,
                urgency, null, "No imprime", "La impresora del piso 2 no imprime.", List.of())));
    }

    @Test
    void impactAndUrgencyGiveThePriority() {
        assertEquals(5, As.customer(lucia.getLogin(), () -> portal.priorityFor(Level.HIGH, Level.HIGH)));
        assertEquals(3, As.customer(lucia.getLogin(), () -> portal.priorityFor(Level.MEDIUM, Level.MEDIUM)));
        assertEquals(1, As.customer(lucia.getLogin(), () -> portal.priorityFor(Level.LOW, Level.LOW)));
        Ticket ticket = open(lucia, Level.HIGH, Level.MEDIUM);
        assertEquals(4, ticket.getPriority());
        assertEquals(Fixtures.QUEUE_N2, ticket.getQueue().getId(), "priorities 3 to 5 go to the consultants");
        assertEquals(StateType.NEW, ticket.getState().getType());
        assertEquals(lucia.getLogin(), ticket.getCreatedBy());
    }

    @Test
    void aTicketCanNameTheAffectedService() {
        ItService network = As.admin(ADMIN, () -> services.createService(Fixtures.unique("Red"), null));
        ItService connectivity = As.admin(ADMIN, () -> services.createService("Conectividad", network.getId()));
        assertEquals(network.getName() + " › Conectividad", connectivity.getName());
        assertTrue(As.customer(lucia.getLogin(), () -> services.services()).stream()
                .anyMatch(s -> s.getId().equals(connectivity.getId())));
        Ticket ticket = As.customer(lucia.getLogin(), () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N1,
                Level.MEDIUM, Level.HIGH, connectivity.getId(), "Sin red", "No hay red en el piso 4", List.of())));
        assertEquals(connectivity.getId(), ticket.getService().getId());
        assertThrows(EJBAccessException.class, () -> As.customer(lucia.getLogin(), () -> services.createService("X", null)));
    }

    @Test
    void onlyCustomerVisibleQueuesAndValidInput() {
        assertTrue(As.customer(lucia.getLogin(), () -> portal.queues()).stream().anyMatch(q -> q.getId() == QUEUE_N1));
        assertTrue(As.customer(lucia.getLogin(), () -> portal.queues()).stream().noneMatch(q -> q.getId() == QUEUE_N2));
        ValidationException hidden = assertThrows(ValidationException.class, () -> As.customer(lucia.getLogin(),
                () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N2, Level.LOW, Level.LOW, null, "x", "y", List.of()))));
        assertTrue(hidden.hasErrorOn("queueId"));
        ValidationException empty = assertThrows(ValidationException.class, () -> As.customer(lucia.getLogin(),
                () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N1, null, Level.LOW, null, " ", "", List.of()))));
        assertTrue(empty.hasErrorOn("impact"));
        assertTrue(empty.hasErrorOn("subject"));
        assertTrue(empty.hasErrorOn("body"));
        assertEquals(0, As.customer(lucia.getLogin(), () -> portal.countMyTickets(Show.ALL)));
    }

    @Test
    void customersSeeTheirOwnTicketsAndNeverInternalNotes() {
        Ticket ticket = open(lucia, Level.LOW, Level.HIGH);
        Ticket current = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), current.getVersion(),
                NewArticle.note("interno", "El cliente ya llamó tres veces")));
        Ticket noted = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), noted.getVersion(),
                NewArticle.reply("Re: No imprime", "Ya enviamos un técnico.")));

        List<Article> seen = As.customer(lucia.getLogin(), () -> portal.articles(ticket.getId()));
        // the answer went out by e-mail too, and keeps the subject it was sent with
        assertEquals(List.of("No imprime", "[Ticket#" + ticket.getNumber() + "] Re: No imprime"),
                seen.stream().map(Article::getSubject).toList());
        Page page = new Page(As.customer(lucia.getLogin(), () -> portal.myTickets(Show.OPEN, TicketSort.CREATED, false, 0, 10)));
        assertEquals(List.of(ticket.getId()), page.ids());
    }

    @Test
    void attachmentsAreCheckedStoredSafelyAndOnlyForTheirReaders() {
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Ticket ticket = As.customer(lucia.getLogin(), () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N1,
                Level.LOW, Level.LOW, null, "Adjunto", "Vea el archivo",
                List.of(new NewAttachment("../../captura.png", "image/png", html)))));
        Article first = As.customer(lucia.getLogin(), () -> portal.articles(ticket.getId())).get(0);
        org.helpdesk.ticket.Attachment stored = first.getAttachments().get(0);
        assertEquals("captura.png", stored.getFilename());
        assertEquals("application/octet-stream", stored.getContentType(), "the bytes, not the claim, decide");
        assertEquals(stored.getId(), As.customer(lucia.getLogin(), () -> portal.attachment(stored.getId())).getId());

        CustomerUser other = fixtures.customer();
        assertThrows(NotFoundException.class, () -> As.customer(other.getLogin(), () -> portal.attachment(stored.getId())));

        // an attachment of an internal note stays with the agents
        Article note = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(),
                As.agent(agent.getLogin(), () -> tickets.get(ticket.getId())).getVersion(),
                NewArticle.note("interno", "ver log").withAttachments(List.of(new NewAttachment("log.txt", "text/plain",
                        "error".getBytes(java.nio.charset.StandardCharsets.UTF_8))))));
        long noteFile = As.agent(agent.getLogin(), () -> tickets.articles(ticket.getId())).stream()
                .filter(a -> a.getId().equals(note.getId())).findFirst().orElseThrow().getAttachments().get(0).getId();
        assertThrows(NotFoundException.class, () -> As.customer(lucia.getLogin(), () -> portal.attachment(noteFile)));

        ValidationException tooLarge = assertThrows(ValidationException.class, () -> As.customer(lucia.getLogin(),
                () -> portal.reply(ticket.getId(), "otro", List.of(new NewAttachment("grande.bin", "application/octet-stream",
                        new byte[11 * 1024 * 1024])))));
        assertTrue(tooLarge.hasErrorOn("attachments"));
    }

    @Test
    void solvedTicketsLikeTheNewOneAreSuggested() {
        Ticket solved = As.customer(lucia.getLogin(), () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N1,
                Level.LOW, Level.LOW, null, "Impresora atascada en el piso 2", "Se atasca el papel", List.of())));
        As.agent(agent.getLogin(), () -> tickets.close(solved.getId(), solved.getVersion(), STATE_CLOSED_SUCCESSFUL,
                NewArticle.reply("Solución", "Retire la bandeja y limpie el rodillo.")));
        open(lucia, Level.LOW, Level.LOW); // "No imprime": open, so no solution yet

        List<Long> found = As.customer(lucia.getLogin(), () -> portal.knownSolutions("La IMPRESORA hace ruido", 5)).stream()
                .map(TicketSummary::id).toList();
        assertEquals(List.of(solved.getId()), found);
        assertTrue(As.customer(lucia.getLogin(), () -> portal.knownSolutions("red", 5)).isEmpty(), "no solved ticket of hers is about the network");
        CustomerUser other = fixtures.customer();
        assertTrue(As.customer(other.getLogin(), () -> portal.knownSolutions("impresora", 5)).isEmpty(),
                "only tickets the customer may see");
    }

    @Test
    void anotherCustomersTicketDoesNotExistForYou() {
        Ticket ticket = open(lucia, Level.LOW, Level.LOW);
        CustomerUser other = fixtures.customer();
        assertThrows(NotFoundException.class, () -> As.customer(other.getLogin(), () -> portal.get(ticket.getId())));
        assertThrows(NotFoundException.class, () -> As.customer(other.getLogin(), () -> portal.articles(ticket.getId())));
        assertThrows(NotFoundException.class,
                () -> As.customer(other.getLogin(), () -> portal.reply(ticket.getId(), "hola", List.of())));
        NotFoundException missing = assertThrows(NotFoundException.class,
                () -> As.customer(other.getLogin(), () -> portal.get(987_654_321L)));
        NotFoundException foreign = assertThrows(NotFoundException.class,
                () -> As.customer(other.getLogin(), () -> portal.get(ticket.getId())));
        assertEquals(missing.getMessageKey(), foreign.getMessageKey());
        assertEquals(0, As.customer(other.getLogin(), () -> portal.countMyTickets(Show.ALL)));
        // customers cannot use the agents' services at all
        assertThrows(EJBAccessException.class, () -> As.customer(other.getLogin(), () -> tickets.get(ticket.getId())));
    }

    @Test
    void companyTicketsOnlyWhenTheAdministratorAllowsIt() {
        Ticket ticket = open(lucia, Level.LOW, Level.LOW);
        CustomerUser colleague = As.admin(ADMIN, () -> customers.createCustomer(new NewCustomerUser(Fixtures.unique("colega"),
                "colega@acme.example", "Pedro", "Salas", lucia.getCompany().getId(), "password-colega")));
        assertThrows(NotFoundException.class, () -> As.customer(colleague.getLogin(), () -> portal.get(ticket.getId())));

        As.admin(ADMIN, () -> customers.setCompanyAccess(colleague.getId(), colleague.getVersion(), true));
        assertEquals(ticket.getId(), As.customer(colleague.getLogin(), () -> portal.get(ticket.getId())).getId());
        assertEquals(List.of(ticket.getId()), new Page(As.customer(colleague.getLogin(),
                () -> portal.myTickets(Show.ALL, TicketSort.CREATED, false, 0, 10))).ids());
        // another company's customer with company access still sees nothing of it
        CustomerUser stranger = fixtures.customer();
        As.admin(ADMIN, () -> customers.setCompanyAccess(stranger.getId(), stranger.getVersion(), true));
        assertThrows(NotFoundException.class, () -> As.customer(stranger.getLogin(), () -> portal.get(ticket.getId())));
        assertThrows(EJBAccessException.class,
                () -> As.agent(agent.getLogin(), () -> customers.setCompanyAccess(stranger.getId(), 0, false)));
    }

    @Test
    void followUpsToClosedTicketsFollowTheQueuePolicy() {
        AgentGroup group = fixtures.group("politica");
        Queue visible = As.admin(ADMIN, () -> queues.saveQueue(offered(null, 0, Fixtures.unique("Política"), group.getId(),
                FollowUpPolicy.POSSIBLE)));
        Agent closer = fixtures.agent("cierra", Map.of(group.getId(), Set.of(Permission.RW)));

        Ticket reopened = closedTicketIn(visible, closer);
        Ticket afterReply = As.customer(lucia.getLogin(), () -> portal.reply(reopened.getId(), "Sigue sin funcionar", List.of()));
        assertEquals(reopened.getId(), afterReply.getId());
        assertEquals(StateType.OPEN, afterReply.getState().getType());

        Queue rejecting = As.admin(ADMIN, () -> queues.saveQueue(offered(visible.getId(), visible.getVersion(), visible.getName(),
                group.getId(), FollowUpPolicy.REJECT)));
        Ticket rejected = closedTicketIn(rejecting, closer);
        assertThrows(RuleViolationException.class,
                () -> As.customer(lucia.getLogin(), () -> portal.reply(rejected.getId(), "¿Y ahora?", List.of())));
        assertEquals(StateType.CLOSED, As.customer(lucia.getLogin(), () -> portal.get(rejected.getId())).getState().getType());

        Queue renewing = As.admin(ADMIN, () -> queues.saveQueue(offered(rejecting.getId(), rejecting.getVersion(),
                rejecting.getName(), group.getId(), FollowUpPolicy.NEW_TICKET)));
        Ticket closed = closedTicketIn(renewing, closer);
        Ticket followUp = As.customer(lucia.getLogin(), () -> portal.reply(closed.getId(), "Volvió a fallar", List.of()));
        assertNotEquals(closed.getId(), followUp.getId());
        assertEquals(StateType.NEW, followUp.getState().getType());
        assertEquals(StateType.CLOSED, As.customer(lucia.getLogin(), () -> portal.get(closed.getId())).getState().getType());
    }

    /** A first-level queue of the group that customers can choose in the portal. */
    private static QueueForm offered(Long id, long version, String name, long groupId, FollowUpPolicy followUpPolicy) {
        return new QueueForm(id, version, name, groupId, 1, followUpPolicy, UnknownSenderPolicy.NEW_TICKET, null, null, true, null,
                true);
    }

    private Ticket closedTicketIn(Queue queue, Agent closer) {
        Ticket ticket = As.customer(lucia.getLogin(), () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, queue.getId(),
                Level.MEDIUM, Level.MEDIUM, null, "Correo", "No llega el correo", List.of())));
        return As.agent(closer.getLogin(), () -> tickets.close(ticket.getId(), ticket.getVersion(), STATE_CLOSED_SUCCESSFUL, null));
    }

    /** The ids of a list, in order. */
    private record Page(List<TicketSummary> rows) {
        List<Long> ids() {
            return rows.stream().map(TicketSummary::id).toList();
        }
    }
}
