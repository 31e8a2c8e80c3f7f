package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.STATE_PENDING_REMINDER;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.helpdesk.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentForm;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.notification.AgentNotification;
import org.helpdesk.notification.BellService;
import org.helpdesk.notification.Notification;
import org.helpdesk.notification.NotificationAdminService;
import org.helpdesk.notification.NotificationEvent;
import org.helpdesk.notification.NotificationForm;
import org.helpdesk.notification.NotificationService;
import org.helpdesk.notification.Recipient;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.PermissionDeniedException;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketConditionForm;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event notifications from the ticket history: the right agents get a bell entry and an e-mail
 * (through the real outbox and SMTP server), never the one who acted, and not when they switched
 * an optional notification off. The sweep is called directly, as its timer does every few seconds.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    BellService bell;

    @EJB
    QueueService queues;

    @EJB
    AgentService agentAdmin;

    @EJB
    NotificationService notifications;

    @EJB
    NotificationAdminService admin;

    @EJB
    TestMailServer mail;

    @Inject
    Fixtures fixtures;

    private Agent ana;
    private Agent bruno;
    private Queue queue;
    private CustomerUser customer;

    @BeforeEach
    void setUp() {
        AgentGroup group = fixtures.group("mesa");
        queue = fixtures.queue(unique("Mesa"), group.getId(), FollowUpPolicy.POSSIBLE);
        ana = fixtures.agent("ana", Map.of(group.getId(), Set.of(Permission.RW)));
        bruno = fixtures.agent("bruno", Map.of(group.getId(), Set.of(Permission.RW)));
        customer = fixtures.customer();
        chooseMyQueues(bruno, Set.of(queue.getId()));
    }

    private void chooseMyQueues(Agent agent, Set<Long> queueIds) {
        As.agent(agent.getLogin(), () -> {
            queues.chooseMyQueues(queueIds);
            return null;
        });
    }

    @Test
    void theBellCountsUpToItsCapAndTheListCountsEveryNotification() throws Exception {
        int tickets = BellService.UNREAD_CAP + 1;
        for (int i = 0; i < tickets; i++) {
            As.agent(ana.getLogin(), () -> this.tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        }
        notifications.sweep(Instant.now());

        assertEquals(BellService.UNREAD_CAP, As.agent(bruno.getLogin(), () -> bell.unreadCount()));
        assertEquals(tickets, As.agent(bruno.getLogin(), () -> bell.recent(0, 25)).total());
        As.agent(bruno.getLogin(), () -> {
            bell.readAll();
            return null;
        });
        assertEquals(0L, As.agent(bruno.getLogin(), () -> bell.unreadCount()));
    }

    @Test
    void aNewTicketRingsTheBellOfTheOtherAgentsOfTheQueueButNotOfTheOneWhoActed() throws Exception {
        Ticket ticket = As.agent(ana.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        notifications.sweep(Instant.now());

        assertEquals(1L, As.agent(bruno.getLogin(), () -> bell.unreadCount()));
        assertEquals(0L, As.agent(ana.getLogin(), () -> bell.unreadCount()));
        AgentNotification entry = As.agent(bruno.getLogin(), () -> bell.recent(0, 10)).rows().get(0);
        assertEquals("Ticket nuevo: " + ticket.getTitle(), entry.getText());

        // another agent cannot open Bruno's notification; Bruno can, and it is read
        assertThrows(NotFoundException.class, () -> As.agent(ana.getLogin(), () -> bell.open(entry.getId())));
        assertEquals(ticket.getId(), As.agent(bruno.getLogin(), () -> bell.open(entry.getId())));
        assertEquals(0L, As.agent(bruno.getLogin(), () -> bell.unreadCount()));

        notifications.sweep(Instant.now());
        assertEquals(0L, As.agent(bruno.getLogin(), () -> bell.unreadCount()), "each event is notified once");
    }

    @Test
    void aNewTicketRingsOnlyTheBellsOfTheAgentsWhoChoseItsQueue() throws Exception {
        Agent carla = fixtures.agent("carla", Map.of(queue.getGroup().getId(), Set.of(Permission.RO)));
        Queue elsewhere = fixtures.queue(unique("Otra"), fixtures.group("otro").getId(), FollowUpPolicy.POSSIBLE);
        // a queue of a group Carla may not read cannot be one of hers, and the refusal changes nothing
        assertThrows(PermissionDeniedException.class, () -> chooseMyQueues(carla, Set.of(queue.getId(), elsewhere.getId())));
        assertEquals(Set.of(), As.agent(carla.getLogin(), () -> queues.myQueues()));

        Ticket first = As.agent(ana.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        notifications.sweep(Instant.now());
        assertEquals(0L, As.agent(carla.getLogin(), () -> bell.unreadCount()), "Carla may read the queue but did not choose it");
        assertEquals(1L, As.agent(bruno.getLogin(), () -> bell.unreadCount()));

        chooseMyQueues(carla, Set.of(queue.getId()));
        chooseMyQueues(bruno, Set.of());
        Ticket second = As.agent(ana.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        notifications.sweep(Instant.now());
        assertEquals(List.of("Ticket nuevo: " + second.getTitle()),
                As.agent(carla.getLogin(), () -> bell.recent(0, 10)).rows().stream().map(AgentNotification::getText).toList());
        assertEquals(List.of("Ticket nuevo: " + first.getTitle()),
                As.agent(bruno.getLogin(), () -> bell.recent(0, 10)).rows().stream().map(AgentNotification::getText).toList());

        // Carla keeps the queue among hers but may no longer read it: she is not told any more
        As.admin(ADMIN, () -> agentAdmin.saveAgent(AgentForm.of(agentAdmin.agent(carla.getId())), Set.of(),
                Map.of(queue.getGroup().getId(), Set.of(), elsewhere.getGroup().getId(), Set.of(Permission.RO))));
        As.agent(ana.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        notifications.sweep(Instant.now());
        assertEquals(1, As.agent(carla.getLogin(), () -> bell.recent(0, 10)).total());
    }

    @Test
    void anAgentCanSwitchOffOptionalNotificationsButNotTheOthers() throws Exception {
        Notification newTicket = As.agent(bruno.getLogin(), () -> bell.optionalNotifications()).stream()
                .filter(n -> n.getName().equals("Ticket nuevo en mis colas")).findFirst().orElseThrow();
        As.agent(bruno.getLogin(), () -> {
            bell.switchOff(Set.of(newTicket.getId(), 403L)); // 403, "Ticket asignado", is not optional
            return null;
        });
        assertEquals(Set.of(newTicket.getId()), As.agent(bruno.getLogin(), () -> bell.switchedOff()));

        Ticket ticket = As.agent(ana.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        As.agent(ana.getLogin(), () -> tickets.setOwner(ticket.getId(), ticket.getVersion(), bruno.getId()));
        notifications.sweep(Instant.now());

        List<AgentNotification> entries = As.agent(bruno.getLogin(), () -> bell.recent(0, 10)).rows();
        assertEquals(List.of("Ahora es propietario de: " + ticket.getTitle()), entries.stream().map(AgentNotification::getText).toList());
        // "Ticket asignado" also goes by e-mail
        Await.until(() -> mail.receivedBy(bruno.getEmail()).stream().anyMatch(m -> TestMailServer.subjectOf(m).equals("[Ticket#"
                + ticket.getNumber() + "] Ahora es propietario de: " + ticket.getTitle())), 30);
        MimeMessage message = mail.receivedBy(bruno.getEmail()).stream().filter(m -> TestMailServer.subjectOf(m).contains("Ahora es propietario"))
                .findFirst().orElseThrow();
        assertTrue(((String) message.getContent()).contains(ana.getLogin() + " le asignó el ticket " + ticket.getNumber()));
    }

    @Test
    void theOwnerIsRemindedWhenThePendingTimeComesOnce() {
        Ticket ticket = As.agent(ana.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        Ticket owned = As.agent(ana.getLogin(), () -> tickets.setOwner(ticket.getId(), ticket.getVersion(), bruno.getId()));
        Instant until = Instant.now().plus(Duration.ofHours(2));
        As.agent(ana.getLogin(), () -> tickets.setPending(owned.getId(), owned.getVersion(), STATE_PENDING_REMINDER, until));
        notifications.sweep(Instant.now());
        long before = As.agent(bruno.getLogin(), () -> bell.unreadCount());

        notifications.sweep(until.plusSeconds(1));
        notifications.sweep(until.plusSeconds(60));
        List<AgentNotification> entries = As.agent(bruno.getLogin(), () -> bell.recent(0, 10)).rows();
        assertEquals(before + 1, As.agent(bruno.getLogin(), () -> bell.unreadCount()));
        assertEquals("Recordatorio: " + ticket.getTitle(), entries.get(0).getText());
    }

    @Test
    void administratorsDefineNotificationsWithValidation() {
        ValidationException none = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> admin.save(
                new NotificationForm(null, 0, unique("Sin eventos"), List.of(), List.of(Recipient.OWNER), null,
                        TicketConditionForm.ANY, false, true, "a", "b", "c", "d", true))));
        assertTrue(none.hasErrorOn("events"));
        ValidationException noGroup = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> admin.save(
                new NotificationForm(null, 0, unique("Grupo"), List.of(NotificationEvent.MOVED), List.of(Recipient.GROUP), null,
                        TicketConditionForm.ANY, false, true, "a", "b", "c", "d", true))));
        assertTrue(noGroup.hasErrorOn("groupId"));

        // a notification for the customer when the ticket moves to this queue, with a priority filter
        As.admin(ADMIN, () -> admin.save(new NotificationForm(null, 0, unique("Cliente movido"), List.of(NotificationEvent.MOVED),
                List.of(Recipient.CUSTOMER), null, new TicketConditionForm(queue.getId(), 2, null, null), false, true,
                "Su ticket {{ticket.number}} avanzó",
                "Hola {{recipient.name}}: su ticket está en {{ticket.queue}}.", "Your ticket moved", "Hello", true)));
        Queue other = fixtures.queue(unique("Origen"), Fixtures.SUPPORT_GROUP, FollowUpPolicy.POSSIBLE);
        Agent mover = fixtures.agent("mueve", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RW),
                queue.getGroup().getId(), Set.of(Permission.RW)));
        Ticket ticket = As.agent(mover.getLogin(), () -> tickets.create(phoneTicket(other.getId(), customer.getId(), 2)));
        As.agent(mover.getLogin(), () -> tickets.move(ticket.getId(), ticket.getVersion(), queue.getId()));
        notifications.sweep(Instant.now());
        try {
            Await.until(() -> mail.receivedBy(customer.getEmail()).stream()
                    .anyMatch(m -> TestMailServer.subjectOf(m).equals("[Ticket#" + ticket.getNumber() + "] Su ticket " + ticket.getNumber() + " avanzó")), 30);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
