package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.Registration;
import org.helpdesk.customer.RegistrationService;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.MailMonitorService;
import org.helpdesk.mail.inbound.SystemAddressForm;
import org.helpdesk.mail.outbound.OutboxMessage;
import org.helpdesk.mail.outbound.OutboxStatus;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.settings.Settings;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Answers reach the customer by e-mail through a real SMTP server, and survive the server being down. */
@ExtendWith(ArquillianExtension.class)
class MailOutboxIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    TestMailServer smtp;

    @EJB
    MailMonitorService monitor;

    @EJB
    QueueService queues;

    @EJB
    MailAccountService mailAccounts;

    @Inject
    Fixtures fixtures;

    @Inject
    Settings settings;

    @EJB
    RegistrationService registration;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Agent agent;
    private CustomerUser customer;
    private Ticket ticket;

    @BeforeEach
    void setUp() {
        agent = fixtures.agent("mail", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        customer = fixtures.customer();
        ticket = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 2)));
    }

    @AfterEach
    void relayBackUp() {
        smtp.start();
    }

    @Test
    void anAnswerIsMailedToTheCustomerWithTheTicketNumberAndItsMessageId() throws Exception {
        Article answer = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: No hay conexión", "Reinicie el módem, por favor.")));
        // the relay has the message before the outbox commits that it was sent: wait for both
        Await.until(() -> outboxOf(answer).getStatus() == OutboxStatus.SENT, 30);

        MimeMessage mail = smtp.receivedBy(customer.getEmail()).get(0);
        assertEquals("[Ticket#" + ticket.getNumber() + "] Re: No hay conexión", mail.getSubject());
        assertTrue(((String) mail.getContent()).contains("Reinicie el módem"));
        Article stored = As.agent(agent.getLogin(), () -> tickets.articles(ticket.getId())).stream()
                .filter(a -> a.getId().equals(answer.getId())).findFirst().orElseThrow();
        assertEquals(stored.getMessageId(), mail.getMessageID());
    }

    @Test
    void aQueueAnswersFromItsSystemAddress() throws Exception {
        Queue queue = As.admin(Fixtures.ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, Fixtures.unique("Mesa NET7"),
                SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, false, null, true)));
        String address = Fixtures.unique("soporte") + "@net7.example";
        SystemAddress sender = As.admin(Fixtures.ADMIN, () -> mailAccounts.saveSystemAddress(new SystemAddressForm(null, 0, address,
                "Mesa de Ayuda NET7", queue.getId(), true)));
        Queue withSender = As.admin(Fixtures.ADMIN, () -> queues.saveQueue(new QueueForm(queue.getId(), queue.getVersion(),
                queue.getName(), SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, sender.getId(), null, false, null, true)));
        Ticket inQueue = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(withSender.getId(), customer.getId(), 2)));
        Article answer = As.agent(agent.getLogin(), () -> tickets.addArticle(inQueue.getId(), inQueue.getVersion(),
                NewArticle.reply("Re: Impresora", "Ya la reiniciamos.")));
        Await.until(() -> outboxOf(answer).getStatus() == OutboxStatus.SENT, 30);
        MimeMessage mail = smtp.receivedBy(customer.getEmail()).stream()
                .filter(m -> TestMailServer.subjectOf(m).endsWith("Re: Impresora")).findFirst().orElseThrow();
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals(address, from.getAddress());
        assertEquals("Mesa de Ayuda NET7", from.getPersonal());
        // it differs from the desk's default sender, the envelope's: replies are directed to it as well
        assertEquals(address, ((InternetAddress) mail.getReplyTo()[0]).getAddress());
        assertEquals(1, mail.getHeader("Reply-To").length);
    }

    @Test
    void anAnswerFromAQueueWithoutAddressComesFromTheDesksDefaultSenderAndIsAnEmailArticle() throws Exception {
        Queue queue = As.admin(Fixtures.ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, Fixtures.unique("Sin dirección"),
                SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, false, null, true)));
        Ticket inQueue = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        Article answer = As.agent(agent.getLogin(), () -> tickets.addArticle(inQueue.getId(), inQueue.getVersion(),
                NewArticle.reply("Re: Sin remitente", "Respuesta con remitente.")));
        Await.until(() -> outboxOf(answer).getStatus() == OutboxStatus.SENT, 30);

        MimeMessage mail = smtp.receivedBy(customer.getEmail()).stream()
                .filter(m -> TestMailServer.subjectOf(m).endsWith("Re: Sin remitente")).findFirst().orElseThrow();
        assertDeskSender(mail);
        Article stored = As.agent(agent.getLogin(), () -> tickets.articles(inQueue.getId())).stream()
                .filter(a -> a.getId().equals(answer.getId())).findFirst().orElseThrow();
        assertEquals(Channel.EMAIL, stored.getChannel(), "the answer went by e-mail");
    }

    @Test
    void mailThatBelongsToNoTicketComesFromTheDesksDefaultSender() throws Exception {
        String email = Fixtures.unique("remitente") + "@cliente.pe";
        registration.register(new Registration("Rosa", "Huamán", email, null, "rosa-password", "es"));
        Await.until(() -> !smtp.receivedBy(email).isEmpty(), 30);
        assertDeskSender(smtp.receivedBy(email).get(0));
    }

    @Test
    void aPermanentRefusalFailsAtOnceWithTheServersOwnWords() throws Exception {
        smtp.refuseRecipients("550 5.1.1 <" + customer.getEmail() + ">: Recipient address rejected: User unknown");
        Article answer = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: No hay conexión", "No llegará.")));
        Await.until(() -> outboxOf(answer).getAttempts() > 0, 30);

        OutboxMessage refused = outboxOf(answer);
        assertEquals(OutboxStatus.FAILED, refused.getStatus(), "not tried again");
        assertEquals(1, refused.getAttempts());
        assertTrue(refused.getLastError().contains("550 5.1.1 <" + customer.getEmail() + ">: Recipient address rejected: User unknown"),
                refused.getLastError());
    }

    @Test
    void aTemporaryRefusalIsTriedAgainLater() throws Exception {
        smtp.refuseRecipients("451 4.3.0 Temporary lookup failure");
        Article answer = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: No hay conexión", "Llegará más tarde.")));
        Await.until(() -> outboxOf(answer).getAttempts() > 0, 30);

        OutboxMessage waiting = outboxOf(answer);
        assertEquals(OutboxStatus.PENDING, waiting.getStatus());
        assertTrue(waiting.getLastError().contains("451 4.3.0 Temporary lookup failure"), waiting.getLastError());
        assertTrue(waiting.getNextAttemptAt().isAfter(Instant.now()), "the next attempt waits a while");
    }

    @Test
    void notesAndPhoneCallsAreNotMailed() {
        Article note = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.note("Nota", "solo para agentes")));
        assertTrue(em.createQuery("SELECT m FROM OutboxMessage m WHERE m.article.id = :a", OutboxMessage.class)
                .setParameter("a", note.getId()).getResultList().isEmpty());
        assertTrue(em.createQuery("SELECT m FROM OutboxMessage m WHERE m.article.ticket.id = :t", OutboxMessage.class)
                .setParameter("t", ticket.getId()).getResultList().isEmpty());
    }

    @Test
    void nothingIsLostWhileTheRelayIsDown() throws Exception {
        smtp.stop();
        Article answer = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: No hay conexión", "Le llamaremos en una hora.")));
        Await.until(() -> outboxOf(answer).getAttempts() > 0, 30);
        OutboxMessage waiting = outboxOf(answer);
        assertEquals(OutboxStatus.PENDING, waiting.getStatus());
        assertTrue(waiting.getLastError() != null && !waiting.getLastError().isBlank());
        assertTrue(waiting.getNextAttemptAt().isAfter(Instant.now()), "the next attempt waits a while");

        smtp.start();
        // rather than wait a minute for the next attempt, make it due now
        transaction.begin();
        em.createQuery("UPDATE OutboxMessage m SET m.nextAttemptAt = :now WHERE m.id = :id")
                .setParameter("now", Instant.now()).setParameter("id", waiting.getId()).executeUpdate();
        transaction.commit();
        Await.until(() -> outboxOf(answer).getStatus() == OutboxStatus.SENT, 30);
        assertEquals(1, smtp.receivedBy(customer.getEmail()).size());
    }

    @Test
    void anAdministratorSeesFailedDeliveriesAndSendsThemAgain() throws Exception {
        Article answer = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: No hay conexión", "Ya funciona.")));
        Await.until(() -> outboxOf(answer).getStatus() == OutboxStatus.SENT, 30);
        // as if the relay had refused it ten times
        transaction.begin();
        em.createQuery("UPDATE OutboxMessage m SET m.status = :failed, m.attempts = 10, m.lastError = '550 mailbox unavailable' "
                + "WHERE m.id = :id").setParameter("failed", OutboxStatus.FAILED).setParameter("id", outboxOf(answer).getId())
                .executeUpdate();
        transaction.commit();
        OutboxMessage failed = outboxOf(answer);
        assertTrue(As.admin(Fixtures.ADMIN, () -> monitor.failedDeliveries(0, 500)).rows().stream()
                .anyMatch(m -> m.getId().equals(failed.getId()) && "550 mailbox unavailable".equals(m.getLastError())));
        int before = smtp.receivedBy(customer.getEmail()).size();
        As.admin(Fixtures.ADMIN, () -> {
            monitor.retryDelivery(failed.getId());
            return null;
        });
        Await.until(() -> outboxOf(answer).getStatus() == OutboxStatus.SENT, 30);
        assertEquals(before + 1, smtp.receivedBy(customer.getEmail()).size());
    }

    /** The From of a message is the mail session's default sender under the desk's product name. */
    private void assertDeskSender(MimeMessage mail) throws Exception {
        assertEquals(1, mail.getHeader("From").length, "one From header");
        assertNull(mail.getHeader("Reply-To"), "no Reply-To: replies go to the From");
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals("helpdesk@localhost", from.getAddress(), "HELPDESK_MAIL_FROM, unset in the tests: its default");
        assertEquals(settings.current().getProductName(), from.getPersonal());
    }

    private OutboxMessage outboxOf(Article article) {
        em.clear();
        List<OutboxMessage> messages = em.createQuery("SELECT m FROM OutboxMessage m WHERE m.article.id = :a",
                OutboxMessage.class).setParameter("a", article.getId()).getResultList();
        assertEquals(1, messages.size());
        return messages.get(0);
    }
}
