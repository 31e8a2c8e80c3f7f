package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.QUEUE_N2;
import static org.helpdesk.it.Fixtures.STATE_CLOSED_SUCCESSFUL;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.NewCustomerUser;
import org.helpdesk.it.crash.CrashAfterStore;
import org.helpdesk.mail.inbound.ConnectionCheck;
import org.helpdesk.mail.inbound.FilterForm;
import org.helpdesk.mail.inbound.InboundMail;
import org.helpdesk.mail.inbound.InboundStatus;
import org.helpdesk.mail.inbound.MailAccount;
import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.MailIntake;
import org.helpdesk.mail.inbound.MailMonitorService;
import org.helpdesk.mail.inbound.MailProtocol;
import org.helpdesk.mail.inbound.PollResult;
import org.helpdesk.mail.inbound.PostmasterFilterService;
import org.helpdesk.mail.inbound.SystemAddressForm;
import org.helpdesk.mail.outbound.AutoResponse;
import org.helpdesk.mail.outbound.AutoResponseForm;
import org.helpdesk.mail.outbound.AutoResponseKind;
import org.helpdesk.mail.outbound.AutoResponseService;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.SenderType;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The e-mail channel end to end, against real IMAP, POP3 and SMTP servers (GreenMail): mail in a
 * mailbox becomes a ticket, answers thread back to it, and nothing is lost or doubled.
 */
@ExtendWith(ArquillianExtension.class)
class MailInboundIT {

    private static final String PASSWORD = "buzon-secreto-7";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    MailAccountService accounts;

    @EJB
    MailMonitorService monitor;

    @EJB
    PostmasterFilterService filters;

    @EJB
    AutoResponseService autoResponses;

    @EJB
    QueueService queues;

    @EJB
    MailIntake intake;

    @EJB
    CustomerService customers;

    @EJB
    TicketService tickets;

    @EJB
    TestMailServer mail;

    @Inject
    Fixtures fixtures;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    private Agent agent;
    private String mailbox;

    @BeforeEach
    void setUp() {
        agent = fixtures.agent("correo", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        mailbox = unique("soporte") + "@desk.example";
        mail.mailbox(mailbox, PASSWORD);
    }

    @Test
    void aMailBecomesATicketTheAnswerThreadsAndTheCustomersReplyLandsOnTheSameTicket() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        String customer = unique("lucia") + "@cliente.pe";
        MimeMessage first = message(customer, "Lucía Pérez", "No puedo entrar al correo",
                "Desde esta mañana Outlook pide la contraseña una y otra vez. ¿Podrían revisarlo?");
        mail.deliver(mailbox, bytes(first));

        PollResult result = pollNow(account);
        assertEquals(1, result.newTickets());
        assertEquals(1, mail.waiting(mailbox), "stored, and left in the mailbox until a later poll reads its record back");
        assertEquals(1, pollNow(account).removed());
        assertEquals(0, mail.waiting(mailbox));

        Ticket ticket = ticketOf(first.getMessageID());
        assertEquals("No puedo entrar al correo", ticket.getTitle());
        assertEquals(QUEUE_N1, ticket.getQueue().getId());
        assertEquals(customer, ticket.getCustomer().getEmail());
        assertEquals("Lucía", ticket.getCustomer().getFirstName());
        Article received = articles(ticket).get(0);
        assertEquals(Channel.EMAIL, received.getChannel());
        assertEquals(SenderType.CUSTOMER, received.getSender());
        assertTrue(received.getBody().contains("¿Podrían revisarlo?"), received.getBody());
        assertEquals(first.getMessageID(), received.getMessageId());

        // the auto-response answers the customer's message, marked as automatic
        MimeMessage autoResponse = awaitMailTo(customer, 1).get(0);
        assertTrue(autoResponse.getSubject().startsWith("[Ticket#" + ticket.getNumber() + "] Registramos su solicitud"),
                autoResponse.getSubject());
        assertEquals("auto-replied", autoResponse.getHeader("Auto-Submitted")[0]);
        assertEquals(1, autoResponse.getHeader("From").length, "it says who sent it");
        assertEquals(first.getMessageID(), autoResponse.getHeader("In-Reply-To")[0]);

        // the agent's answer carries the ticket number and refers to the customer's message
        Article answer = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), tickets.get(ticket.getId()).getVersion(),
                NewArticle.emailToCustomer(customer, "Re: No puedo entrar al correo", "Borre la contraseña guardada y vuelva a entrar.")));
        MimeMessage reply = awaitMailTo(customer, 2).get(1);
        assertEquals("[Ticket#" + ticket.getNumber() + "] Re: No puedo entrar al correo", reply.getSubject());
        assertEquals(first.getMessageID(), reply.getHeader("In-Reply-To")[0]);
        assertTrue(reply.getHeader("References")[0].contains(first.getMessageID()));
        assertEquals("no", reply.getHeader("Auto-Submitted")[0]);
        assertEquals(reply.getMessageID(), articles(ticket).stream().filter(a -> a.getId().equals(answer.getId()))
                .findFirst().orElseThrow().getMessageId());

        // the customer answers from a mail program that dropped the ticket number: References find the ticket
        MimeMessage answerBack = message(customer, "Lucía Pérez", "Re: No puedo entrar al correo", "Funcionó, gracias.");
        answerBack.setHeader("In-Reply-To", reply.getMessageID());
        answerBack.setHeader("References", first.getMessageID() + " " + reply.getMessageID());
        mail.deliver(mailbox, bytes(answerBack));
        PollResult second = pollNow(account);
        assertEquals(1, second.followUps());
        assertEquals(0, second.newTickets());
        List<Article> conversation = articles(ticket);
        assertEquals(3, conversation.size());
        assertTrue(conversation.get(2).getBody().contains("Funcionó, gracias."));
    }

    @Test
    void aCustomerIsFoundByTheirAddressWhateverItsCase() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        String login = unique("marta");
        CustomerUser registered = As.admin(ADMIN, () -> customers.createCustomer(new NewCustomerUser(login,
                "Marta.Quispe." + login + "@Acme.example", "Marta", "Quispe", null, "password-" + login)));
        MimeMessage written = message(registered.getEmail().toLowerCase(Locale.ROOT), "Marta Quispe", "Sin acceso a la VPN",
                "La VPN no conecta desde casa.");
        mail.deliver(mailbox, bytes(written));

        assertEquals(1, pollNow(account).newTickets());
        assertEquals(registered.getId(), ticketOf(written.getMessageID()).getCustomer().getId(), "no second customer");
    }

    @Test
    void aFollowUpOverPop3IsFoundByTheTicketNumberInTheSubjectAndReopensTheClosedTicket() throws Exception {
        MailAccount account = account(MailProtocol.POP3, QUEUE_N1);
        String customer = unique("jorge") + "@cliente.pe";
        MimeMessage first = message(customer, null, "Impresora atascada", "La impresora del piso 3 no imprime.");
        mail.deliver(mailbox, bytes(first));
        assertEquals(1, pollNow(account).newTickets());
        Ticket ticket = ticketOf(first.getMessageID());
        As.agent(agent.getLogin(), () -> tickets.changeState(ticket.getId(), tickets.get(ticket.getId()).getVersion(),
                STATE_CLOSED_SUCCESSFUL));

        mail.deliver(mailbox, bytes(message(customer, null, "RE: [Ticket#" + ticket.getNumber() + "] Impresora atascada",
                "Volvió a fallar.")));
        PollResult result = pollNow(account);
        assertEquals(1, result.followUps());
        Ticket reopened = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        assertEquals(StateType.OPEN, reopened.getState().getType());
        assertEquals(2, articles(ticket).size());
        assertEquals(1, mail.waiting(mailbox), "the follow-up waits for the next poll to be removed");
        pollNow(account);
        assertEquals(0, mail.waiting(mailbox));
    }

    @Test
    void aFollowUpToAClosedTicketOfARejectingQueueIsRefusedWithAnAutoResponse() throws Exception {
        Queue rejecting = fixtures.queue(unique("Cerrada"), SUPPORT_GROUP, FollowUpPolicy.REJECT);
        // a new queue comes with the standard auto-responses; the administrator rewrites the Spanish refusal
        AutoResponse standard = As.admin(ADMIN, () -> autoResponses.ofQueue(rejecting.getId())).stream()
                .filter(r -> r.getKind() == AutoResponseKind.FOLLOW_UP_REJECTED && r.getLanguage().equals("es")).findFirst()
                .orElseThrow();
        As.admin(ADMIN, () -> autoResponses.save(new AutoResponseForm(standard.getId(), standard.getVersion(), rejecting.getId(),
                AutoResponseKind.FOLLOW_UP_REJECTED, "es", "Ticket cerrado: {{ticket.title}}",
                "Hola {{customer.name}}: el ticket {{ticket.number}} está cerrado.", true)));
        MailAccount account = account(MailProtocol.IMAP, rejecting.getId());
        String customer = unique("ana") + "@cliente.pe";
        MimeMessage first = message(customer, "Ana Quispe", "VPN caída", "No conecta la VPN.");
        mail.deliver(mailbox, bytes(first));
        pollNow(account);
        Ticket ticket = ticketOf(first.getMessageID());
        As.agent(agent.getLogin(), () -> tickets.changeState(ticket.getId(), tickets.get(ticket.getId()).getVersion(),
                STATE_CLOSED_SUCCESSFUL));

        MimeMessage late = message(customer, "Ana Quispe", "Re: [Ticket#" + ticket.getNumber() + "] VPN caída", "¿Sigue abierto?");
        mail.deliver(mailbox, bytes(late));
        pollNow(account);
        assertEquals(InboundStatus.REJECTED, record(late.getMessageID()).getStatus());
        assertEquals(StateType.CLOSED, As.agent(agent.getLogin(), () -> tickets.get(ticket.getId())).getState().getType());
        assertEquals(1, articles(ticket).size());
        // the first message was confirmed (the queue's standard auto-response), the late one refused
        MimeMessage refusal = awaitMailTo(customer, 2).stream()
                .filter(m -> TestMailServer.subjectOf(m).contains("Ticket cerrado")).findFirst().orElseThrow();
        assertEquals("[Ticket#" + ticket.getNumber() + "] Ticket cerrado: VPN caída", refusal.getSubject());
        assertTrue(((String) refusal.getContent()).contains("Hola Ana Quispe: el ticket " + ticket.getNumber() + " está cerrado."));
    }

    @Test
    void aTicketNumberFromAStrangerOpensANewTicketWhileAnAddressOnTheTicketFollowsItUp() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        String customer = unique("marta") + "@cliente.pe";
        String colleague = unique("colega") + "@cliente.pe";
        MimeMessage first = message(customer, "Marta Ríos", "Servidor de archivos lento", "Abrir una carpeta tarda un minuto.");
        first.setRecipients(Message.RecipientType.CC, colleague);
        first.saveChanges();
        mail.deliver(mailbox, bytes(first));
        pollNow(account);
        Ticket ticket = ticketOf(first.getMessageID());
        As.agent(agent.getLogin(), () -> tickets.changeState(ticket.getId(), tickets.get(ticket.getId()).getVersion(),
                STATE_CLOSED_SUCCESSFUL));

        // someone who only knows (or guessed) the number
        MimeMessage stranger = message(unique("extrano") + "@otra-empresa.pe", null, "Re: [Ticket#" + ticket.getNumber()
                + "] Servidor de archivos lento", "Mire este enlace: http://phishing.example");
        mail.deliver(mailbox, bytes(stranger));
        assertEquals(1, pollNow(account).newTickets());
        Ticket strangers = ticketOf(stranger.getMessageID());
        assertNotEquals(ticket.getId(), strangers.getId());
        assertEquals("Servidor de archivos lento", strangers.getTitle());
        assertEquals(1, articles(ticket).size(), "nothing added to the customer's ticket");
        assertEquals(StateType.CLOSED, As.agent(agent.getLogin(), () -> tickets.get(ticket.getId())).getState().getType(),
                "and it is not reopened");

        // the colleague in Cc of the first message is on the ticket
        MimeMessage fromColleague = message(colleague, null, "Re: [Ticket#" + ticket.getNumber() + "] Servidor de archivos lento",
                "Sigue lento en mi equipo también.");
        mail.deliver(mailbox, bytes(fromColleague));
        assertEquals(1, pollNow(account).followUps());
        assertEquals(2, articles(ticket).size());
        assertEquals(StateType.OPEN, As.agent(agent.getLogin(), () -> tickets.get(ticket.getId())).getState().getType());
    }

    @Test
    void aQueueCanTakeAStrangersMailAsAnInternalNoteOrRejectIt() throws Exception {
        Queue noting = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, unique("Notas"), SUPPORT_GROUP, 1,
                FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NOTE, null, null, false, null, true)));
        MailAccount account = account(MailProtocol.IMAP, noting.getId());
        String customer = unique("raul") + "@cliente.pe";
        MimeMessage first = message(customer, null, "Impresora sin tóner", "No imprime nada.");
        mail.deliver(mailbox, bytes(first));
        pollNow(account);
        Ticket ticket = ticketOf(first.getMessageID());
        As.agent(agent.getLogin(), () -> tickets.changeState(ticket.getId(), tickets.get(ticket.getId()).getVersion(),
                STATE_CLOSED_SUCCESSFUL));

        String subject = "[Ticket#" + ticket.getNumber() + "] Impresora sin tóner";
        MimeMessage noted = message(unique("extrano") + "@otra-empresa.pe", null, subject, "Yo también tengo ese problema.");
        mail.deliver(mailbox, bytes(noted));
        pollNow(account);
        List<Article> conversation = articles(ticket);
        assertEquals(2, conversation.size());
        assertFalse(conversation.get(1).isVisibleForCustomer(), "an internal note");
        assertEquals(StateType.CLOSED, As.agent(agent.getLogin(), () -> tickets.get(ticket.getId())).getState().getType());

        Queue rejecting = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(noting.getId(), noting.getVersion(),
                noting.getName(), SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.REJECT, null, null, false, null,
                true)));
        assertEquals(UnknownSenderPolicy.REJECT, rejecting.getUnknownSenderPolicy());
        MimeMessage rejected = message(unique("extrano") + "@otra-empresa.pe", null, subject, "Otro intento.");
        mail.deliver(mailbox, bytes(rejected));
        pollNow(account);
        assertEquals(InboundStatus.REJECTED, record(rejected.getMessageID()).getStatus());
        assertEquals(2, articles(ticket).size());
    }

    @Test
    void machinesGetNoAutoResponseAndNoSenderGetsMoreThanTheDailyLimit() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        String robot = unique("monitor") + "@cliente.pe";
        MimeMessage automatic = message(robot, null, "Alerta: disco lleno", "El disco C: está al 95 %.");
        automatic.setHeader("Auto-Submitted", "auto-generated");
        MimeMessage bulk = message(robot, null, "Boletín", "Noticias del mes");
        bulk.setHeader("Precedence", "bulk");
        MimeMessage bounce = message("mailer-daemon@cliente.pe", null, "Undelivered Mail", "Delivery failed");
        MimeMessage fromOurselves = message(mailbox, null, "Copia", "Enviado desde el propio buzón");
        As.admin(ADMIN, () -> accounts.saveSystemAddress(new SystemAddressForm(null, 0, mailbox, "Soporte", QUEUE_N1, true)));
        for (MimeMessage message : List.of(automatic, bulk, bounce, fromOurselves)) {
            mail.deliver(mailbox, bytes(message));
        }
        assertEquals(4, pollNow(account).newTickets(), "they still become tickets");
        assertEquals(0, autoResponsesTo(robot));
        assertEquals(0, autoResponsesTo("mailer-daemon@cliente.pe"));
        assertEquals(0, autoResponsesTo(mailbox));

        // HELPDESK_MAX_AUTO_RESPONSES is 3 in the test server
        String chatty = unique("insistente") + "@cliente.pe";
        for (int i = 1; i <= 5; i++) {
            mail.deliver(mailbox, bytes(message(chatty, null, "Pedido " + i, "Otro pedido más")));
        }
        assertEquals(5, pollNow(account).newTickets());
        assertEquals(3, autoResponsesTo(chatty));
    }

    @Test
    void theSameMessageFetchedTwiceMakesOneTicket() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        MimeMessage once = message(unique("rosa") + "@cliente.pe", null, "Teclado no responde", "Las teclas no escriben.");
        byte[] raw = bytes(once);
        mail.deliver(mailbox, raw);
        mail.deliver(mailbox, raw);
        PollResult result = pollNow(account);
        assertEquals(1, result.newTickets());
        assertEquals(1, result.removed(), "the copy is removed: the first one's record was committed");
        assertEquals(1, articlesWithMessageId(once.getMessageID()));
        pollNow(account);
        assertEquals(0, mail.waiting(mailbox));
    }

    @Test
    void aCrashBetweenStoringAndRemovingLosesNothingAndDoublesNothing() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        MimeMessage message = message(unique("pedro") + "@cliente.pe", null, "Monitor parpadea", "La pantalla parpadea.");
        mail.deliver(mailbox, bytes(message));
        CrashAfterStore.arm(message.getMessageID());
        assertThrows(EJBException.class, () -> pollNow(account));
        assertEquals(1, mail.waiting(mailbox), "still in the mailbox after the crash");
        assertEquals(1, articlesWithMessageId(message.getMessageID()), "and already stored");

        PollResult next = pollNow(account);
        assertEquals(1, next.removed());
        assertEquals(0, next.newTickets());
        assertEquals(0, mail.waiting(mailbox));
        assertEquals(1, articlesWithMessageId(message.getMessageID()));
    }

    @Test
    void anUnreadableMessageIsQuarantinedWithItsSourceAndCanBeReprocessed() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        byte[] broken = ("From: sin-arroba\r\nTo: " + mailbox + "\r\nSubject: roto\r\nMessage-ID: <" + unique("roto")
                + "@cliente.pe>\r\nContent-Type: text/plain\r\n\r\nNo se puede leer.\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        mail.deliver(mailbox, broken);
        assertEquals(1, pollNow(account).quarantined());
        pollNow(account);
        assertEquals(0, mail.waiting(mailbox));
        InboundMail quarantined = As.admin(ADMIN, () -> monitor.received(Set.of(InboundStatus.QUARANTINED), 0, 500)).rows()
                .stream().filter(m -> new String(rawOf(m)).contains("sin-arroba"))
                .findFirst().orElseThrow();
        assertNotNull(quarantined.getReason());
        byte[] source = As.admin(ADMIN, () -> monitor.rawSource(quarantined.getId()));
        assertTrue(new String(source, java.nio.charset.StandardCharsets.US_ASCII).contains("No se puede leer."));
        assertEquals(InboundStatus.QUARANTINED, As.admin(ADMIN, () -> monitor.reprocess(quarantined.getId())).status(),
                "still unreadable");
    }

    @Test
    void filtersSetQueueAndPriorityOrIgnoreAndSystemAddressesDispatch() throws Exception {
        String vip = unique("gerencia");
        As.admin(ADMIN, () -> filters.save(new FilterForm(null, 0, unique("VIP"), 1,
                List.of(new FilterForm.Condition("From", vip + "@", false)), QUEUE_N2, 5, null, false, false, true)));
        As.admin(ADMIN, () -> filters.save(new FilterForm(null, 0, unique("Spam"), 2,
                List.of(new FilterForm.Condition("X-Spam-Flag", "^yes$", false)), null, null, null, true, true, true)));
        String consultingAddress = unique("consultoria") + "@desk.example";
        As.admin(ADMIN, () -> accounts.saveSystemAddress(new SystemAddressForm(null, 0, consultingAddress, "Consultoría TI", QUEUE_N2,
                true)));
        MailAccount account = As.admin(ADMIN, () -> accounts.save(form(MailProtocol.IMAP, QUEUE_N1, true)));

        MimeMessage fromBoss = message(vip + "@cliente.pe", null, "Servidor caído", "Urgente");
        MimeMessage spam = message(unique("spam") + "@cliente.pe", null, "Oferta", "Compre ya");
        spam.setHeader("X-Spam-Flag", "YES");
        MimeMessage toConsulting = message(unique("luis") + "@cliente.pe", null, "Licencias", "Necesitamos 20 licencias");
        toConsulting.setRecipients(Message.RecipientType.TO, consultingAddress);
        MimeMessage plain = message(unique("eva") + "@cliente.pe", null, "Ratón", "No funciona el ratón");
        for (MimeMessage message : List.of(fromBoss, spam, toConsulting, plain)) {
            mail.deliver(mailbox, bytes(message));
        }
        PollResult result = pollNow(account);
        assertEquals(3, result.newTickets());

        Ticket boss = ticketOf(fromBoss.getMessageID());
        assertEquals(QUEUE_N2, boss.getQueue().getId());
        assertEquals(5, boss.getPriority());
        assertEquals(InboundStatus.IGNORED, record(spam.getMessageID()).getStatus());
        assertNull(record(spam.getMessageID()).getTicket());
        assertEquals(QUEUE_N2, ticketOf(toConsulting.getMessageID()).getQueue().getId());
        assertEquals(QUEUE_N1, ticketOf(plain.getMessageID()).getQueue().getId());
        assertEquals(2, ticketOf(plain.getMessageID()).getPriority(), "first-line support's default");
    }

    @Test
    void htmlWithInlineImagesSpanishCharsetsAndATenMegabyteAttachmentArriveIntact() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(unique("maria") + "@cliente.pe", "María Núñez", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, mailbox);
        message.setSubject("Configuración del módem, año 2026", "ISO-8859-1");
        MimeMultipart related = new MimeMultipart("related");
        MimeBodyPart html = new MimeBodyPart();
        html.setText("<p>Adjunto la <b>configuración</b> del módem, señor.</p><img src=\"cid:logo@cliente\">", "windows-1252", "html");
        related.addBodyPart(html);
        MimeBodyPart image = new MimeBodyPart();
        image.setContent(new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 }, "image/png");
        image.setContentID("<logo@cliente>");
        image.setDisposition("inline");
        related.addBodyPart(image);
        MimeBodyPart wrapper = new MimeBodyPart();
        wrapper.setContent(related);
        MimeBodyPart big = new MimeBodyPart();
        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        new java.util.Random(7).nextBytes(tenMegabytes);
        big.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(tenMegabytes,
                "application/octet-stream")));
        big.setFileName("volcado-señal.bin");
        MimeMultipart mixed = new MimeMultipart("mixed", wrapper, big);
        message.setContent(mixed);
        message.saveChanges();
        mail.deliver(mailbox, bytes(message));

        assertEquals(1, pollNow(account).newTickets());
        Ticket ticket = ticketOf(message.getMessageID());
        assertEquals("Configuración del módem, año 2026", ticket.getTitle());
        Article article = articles(ticket).get(0);
        assertTrue(article.getBody().contains("Adjunto la configuración del módem, señor."), article.getBody());
        assertTrue(article.getBodyHtml().contains("<b>configuración</b>"));
        List<Attachment> files = article.getAttachments();
        Attachment logo = files.stream().filter(a -> "logo@cliente".equals(a.getContentId())).findFirst().orElseThrow();
        assertEquals("image/png", logo.getContentType());
        // the inline image points at its attachment (the sanitiser writes '=' as an entity)
        assertTrue(article.getSafeHtml().contains("<img src=\"attachment?id&#61;" + logo.getId() + "\""), article.getSafeHtml());
        Attachment dump = files.stream().filter(a -> a.getFilename().equals("volcado-señal.bin")).findFirst().orElseThrow();
        assertArrayEquals(tenMegabytes, As.agent(agent.getLogin(), () -> tickets.attachment(dump.getId())).getContent());
    }

    @Test
    void aMessageOverTheSizeLimitStaysInTheMailboxWithARecord() throws Exception {
        MailAccount account = account(MailProtocol.IMAP, QUEUE_N1);
        MimeMessage huge = message(unique("grande") + "@cliente.pe", null, "Video del error", "Adjunto el video.");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Adjunto el video.", "UTF-8");
        MimeBodyPart video = new MimeBodyPart();
        video.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                new byte[16 * 1024 * 1024], "video/mp4")));
        video.setFileName("error.mp4");
        huge.setContent(new MimeMultipart("mixed", text, video));
        huge.saveChanges();
        mail.deliver(mailbox, bytes(huge));

        PollResult result = pollNow(account);
        assertEquals(1, result.leftInMailbox());
        assertEquals(1, mail.waiting(mailbox));
        InboundMail record = record(huge.getMessageID());
        assertEquals(InboundStatus.TOO_LARGE, record.getStatus());
        assertTrue(record.getReason().contains("limit"));
        assertEquals(0, articlesWithMessageId(huge.getMessageID()));
        assertEquals(1, pollNow(account).leftInMailbox(), "left alone, recorded once");
        assertEquals(1L, em.createQuery("SELECT COUNT(m) FROM InboundMail m WHERE m.messageId = :id", Long.class)
                .setParameter("id", huge.getMessageID()).getSingleResult());

        // what waits behind it is all taken in one poll: neither the message left there nor a fixed batch stops it
        String sender = unique("muchos") + "@cliente.pe";
        for (int i = 1; i <= 120; i++) {
            mail.deliver(mailbox, bytes(message(sender, null, "Pedido " + i, "Uno de muchos.")));
        }
        PollResult drained = pollNow(account);
        assertEquals(120, drained.newTickets());
        assertEquals(1, drained.leftInMailbox());
        assertEquals(120, pollNow(account).removed());
        assertEquals(1, mail.waiting(mailbox), "only the large one is left");
    }

    @Test
    void theTimerFetchesWithinThePollingInterval() throws Exception {
        MailAccountForm form = form(MailProtocol.POP3, QUEUE_N1, false);
        MailAccount account = As.admin(ADMIN, () -> accounts.save(new MailAccountForm(null, 0, form.name(), form.protocol(),
                false, form.host(), form.port(), form.login(), form.password(), null, MailAccountForm.MIN_POLL_SECONDS,
                QUEUE_N1, false, true, null, true)));
        MimeMessage message = message(unique("timer") + "@cliente.pe", null, "Sin red en sala 2", "No hay red.");
        mail.deliver(mailbox, bytes(message));
        String messageId = message.getMessageID();
        try {
            Await.until(() -> !em.createNamedQuery("InboundMail.byMessageId", InboundMail.class)
                    .setParameter("messageId", messageId).getResultList().isEmpty(), 45);
        } finally {
            MailAccountForm stop = MailAccountForm.of(As.admin(ADMIN, () -> accounts.account(account.getId())));
            As.admin(ADMIN, () -> accounts.save(new MailAccountForm(stop.id(), stop.version(), stop.name(), stop.protocol(),
                    false, stop.host(), stop.port(), stop.login(), null, null, stop.pollSeconds(), stop.queueId(), false, false,
                    stop.trustedCertificateSha256(), stop.allowPlaintext())));
        }
        assertNotNull(ticketOf(messageId));
    }

    @Test
    void testConnectionReportsTheWaitingMailOrTheServersError() throws Exception {
        mail.deliver(mailbox, bytes(message(unique("x") + "@cliente.pe", null, "Hola", "Prueba")));
        ConnectionCheck ok = As.admin(ADMIN, () -> accounts.testConnection(form(MailProtocol.IMAP, QUEUE_N1, false)));
        assertTrue(ok.ok());
        assertEquals(1, ok.messages());
        MailAccountForm good = form(MailProtocol.POP3, QUEUE_N1, false);
        ConnectionCheck wrong = As.admin(ADMIN, () -> accounts.testConnection(new MailAccountForm(null, 0, good.name(),
                good.protocol(), false, good.host(), good.port(), good.login(), "equivocada", null, 300, QUEUE_N1, false, true,
                null, true)));
        assertFalse(wrong.ok());
        assertNotNull(wrong.error());
        assertFalse(wrong.error().isBlank());

        // only administrators manage mail accounts, whatever the pages show
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> As.agent(agent.getLogin(), () -> accounts.accounts(0, 10)));
        assertThrows(jakarta.ejb.EJBAccessException.class, () -> As.agent(agent.getLogin(), () -> monitor.failedDeliveries(0, 10)));

        ValidationException invalid = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> accounts.save(
                new MailAccountForm(null, 0, " ", MailProtocol.IMAP, false, "", 0, "x", "y", null, 2, null, false, true, null, true))));
        for (String field : List.of("name", "host", "port", "pollSeconds", "queueId")) {
            assertTrue(invalid.hasErrorOn(field), field + " in " + invalid.getErrors());
        }
    }

    // --- helpers

    private MailAccountForm form(MailProtocol protocol, long queueId, boolean dispatchByRecipient) {
        int port = protocol == MailProtocol.IMAP ? TestMailServer.IMAP_PORT : TestMailServer.POP3_PORT;
        // the test mail server speaks plain IMAP and POP3: allowed explicitly
        return new MailAccountForm(null, 0, unique("Buzón"), protocol, false, "127.0.0.1", port, mailbox, PASSWORD, "INBOX",
                3600, queueId, dispatchByRecipient, true, null, true);
    }

    private MailAccount account(MailProtocol protocol, long queueId) {
        return As.admin(ADMIN, () -> accounts.save(form(protocol, queueId, false)));
    }

    private PollResult pollNow(MailAccount account) {
        return As.admin(ADMIN, () -> accounts.pollNow(account.getId()));
    }

    private MimeMessage message(String from, String name, String subject, String text) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from, name, "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, mailbox);
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        message.saveChanges();
        return message;
    }

    private static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private InboundMail record(String messageId) {
        em.clear();
        return em.createNamedQuery("InboundMail.byMessageId", InboundMail.class).setParameter("messageId", messageId)
                .getSingleResult();
    }

    private byte[] rawOf(InboundMail record) {
        return As.admin(ADMIN, () -> monitor.rawSource(record.getId()));
    }

    private Ticket ticketOf(String messageId) {
        InboundMail record = record(messageId);
        assertNotNull(record.getTicket(), "no ticket for " + messageId + ": " + record.getStatus() + " " + record.getReason());
        return As.agent(agent.getLogin(), () -> tickets.get(record.getTicket().getId()));
    }

    private List<Article> articles(Ticket ticket) {
        return As.agent(agent.getLogin(), () -> tickets.articles(ticket.getId()));
    }

    private long articlesWithMessageId(String messageId) {
        return em.createQuery("SELECT COUNT(a) FROM Article a WHERE a.messageId = :id", Long.class).setParameter("id", messageId)
                .getSingleResult();
    }

    private long autoResponsesTo(String address) {
        return em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.autoResponseTo = :to", Long.class)
                .setParameter("to", address).getSingleResult();
    }

    private List<MimeMessage> awaitMailTo(String address, int count) throws InterruptedException {
        Await.until(() -> mail.receivedBy(address).size() >= count, 30);
        return mail.receivedBy(address);
    }
}
