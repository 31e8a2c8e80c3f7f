package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.mail.inbound.MailAccount;
import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.MailProtocol;
import org.helpdesk.mail.inbound.OAuthProvider;
import org.helpdesk.mail.inbound.OAuthSettings;
import org.helpdesk.mail.inbound.PollResult;
import org.helpdesk.mail.inbound.SystemAddressForm;
import org.helpdesk.mail.outbound.OutboxMessage;
import org.helpdesk.mail.outbound.OutboxStatus;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mailbox that signs in with OAuth2 (XOAUTH2 over IMAP, and SMTP to send), against a provider of the test's own
 * ({@link TestOAuthServer}: authorization code with PKCE, refresh tokens) and GreenMail, which accepts only the
 * newest access token. Authorized, the mail is fetched; an expired access token is refreshed before the poll;
 * a revoked authorization shows the provider's words on the account, tells the administrators, and leaves the
 * mail on the server until the mailbox is authorized again, when it is fetched.
 */
@ExtendWith(ArquillianExtension.class)
class MailOAuthIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    MailAccountService accounts;

    @EJB
    TestMailServer mail;

    @EJB
    TicketService tickets;

    @EJB
    QueueService queues;

    @Inject
    Fixtures fixtures;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    @ArquillianResource
    URL base;

    private String mailbox;
    private Agent administrator;
    private long groupId;
    private long queueId;

    @BeforeEach
    void setUp() {
        mailbox = Fixtures.unique("oauth") + "@desk.example";
        // nobody knows this password: only tokens open the mailbox
        mail.mailbox(mailbox, "not-a-password-" + java.util.UUID.randomUUID());
        TestOAuthServer.mailbox = mailbox;
        TestOAuthServer.expiresIn = 3600;
        administrator = fixtures.agent("oauth-admin", Map.of(Fixtures.ADMIN_GROUP, Set.of(Permission.RW)));
        // a queue of a group of its own: its new tickets notify nobody else
        groupId = fixtures.group("oauth").getId();
        queueId = fixtures.queue(Fixtures.unique("Buzón OAuth2"), groupId, FollowUpPolicy.POSSIBLE).getId();
    }

    @AfterEach
    void defaults() {
        TestOAuthServer.expiresIn = 3600;
    }

    private MailAccount account() {
        String provider = base + "it/oauth/";
        return As.admin(ADMIN, () -> accounts.save(new MailAccountForm(null, 0, Fixtures.unique("Buzón OAuth2"), MailProtocol.IMAP,
                false, "127.0.0.1", TestMailServer.IMAP_PORT, mailbox, null, "INBOX", 3600, queueId, false, true, null, true,
                new OAuthSettings(OAuthProvider.GENERIC, provider + "authorize", provider + "token", TestOAuthServer.CLIENT_ID,
                        TestOAuthServer.CLIENT_SECRET, "mail"))));
    }

    /** The administrator's round trip through the provider: sent there, consent, sent back with code and state. */
    private void authorize(MailAccount account) throws Exception {
        String redirect = As.admin(ADMIN, () -> accounts.redirectUri());
        String url = As.admin(ADMIN, () -> accounts.beginAuthorization(account.getId()));
        assertTrue(url.contains("code_challenge=") && url.contains("code_challenge_method=S256"), url);
        HttpResponse<Void> consent = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
        URI back = URI.create(consent.headers().firstValue("Location").orElseThrow());
        assertTrue(back.toString().startsWith(redirect), back.toString());
        Map<String, String> query = new java.util.HashMap<>();
        for (String pair : back.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(kv[0], java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        As.admin(ADMIN, () -> accounts.completeAuthorization(query.get("state"), query.get("code")));
    }

    private void deliver(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(Fixtures.unique("cliente") + "@cliente.pe"));
        message.setRecipients(Message.RecipientType.TO, mailbox);
        message.setSubject(subject, "UTF-8");
        message.setText("Correo para un buzón con OAuth2.", "UTF-8");
        message.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        mail.deliver(mailbox, bytes.toByteArray());
    }

    private PollResult poll(MailAccount account) {
        return As.admin(ADMIN, () -> accounts.pollNow(account.getId()));
    }

    private MailAccount reload(MailAccount account) {
        em.clear();
        return em.find(MailAccount.class, account.getId());
    }

    @Test
    void anAuthorizedMailboxIsReadWithItsTokenWhichIsRefreshedBeforeItExpires() throws Exception {
        MailAccount account = account();
        RuleViolationException notYet = assertThrows(RuleViolationException.class, () -> poll(account));
        assertTrue(notYet.getMessage(java.util.Locale.forLanguageTag("es")).contains("no está autorizado"),
                notYet.getMessage(java.util.Locale.forLanguageTag("es")));

        authorize(account);
        deliver("Primer correo por OAuth2");
        assertEquals(1, poll(account).newTickets());

        // tokens that live one second: the next poll refreshes first (the old token no longer opens the mailbox)
        TestOAuthServer.expiresIn = 1;
        authorize(account);
        int refreshes = TestOAuthServer.REFRESHES.get();
        deliver("Segundo correo por OAuth2");
        assertEquals(1, poll(account).newTickets());
        assertTrue(TestOAuthServer.REFRESHES.get() > refreshes, "refreshed before the poll");
        assertNull(reload(account).getLastError());

        // the tokens go only to the server they were granted for: trusting another certificate needs a new authorization
        MailAccountForm saved = MailAccountForm.of(reload(account));
        As.admin(ADMIN, () -> accounts.save(new MailAccountForm(saved.id(), saved.version(), saved.name(), saved.protocol(),
                saved.startTls(), saved.host(), saved.port(), saved.login(), null, saved.folder(), saved.pollSeconds(),
                saved.queueId(), saved.dispatchByRecipient(), saved.valid(), "AB".repeat(32), saved.allowPlaintext(),
                saved.oauth())));
        assertTrue(!reload(account).getOauth().isAuthorized(), "authorize again");
    }

    @Test
    void theMailboxSendsWhatItsQueueAnswersFromItsAddressAndHoldsItWhileItsAuthorizationIsRevoked() throws Exception {
        // IMAP and SMTP over TLS (GreenMail's certificate, trusted for the account), SMTP with XOAUTH2
        MailAccount account = As.admin(ADMIN, () -> accounts.save(new MailAccountForm(null, 0, Fixtures.unique("Buzón que envía"),
                MailProtocol.IMAPS, false, "127.0.0.1", TestMailServer.IMAPS_PORT, mailbox, null, "INBOX", 3600, queueId, false,
                true, MailTlsIT.presentedSha256(TestMailServer.IMAPS_PORT), false, new OAuthSettings(OAuthProvider.GENERIC,
                        base + "it/oauth/authorize", base + "it/oauth/token", TestOAuthServer.CLIENT_ID, TestOAuthServer.CLIENT_SECRET,
                        "mail", true, "127.0.0.1", TestMailServer.MAILBOX_SMTPS_PORT, true))));
        authorize(account);
        SystemAddress address = As.admin(ADMIN, () -> accounts.saveSystemAddress(new SystemAddressForm(null, 0, mailbox,
                "Mesa OAuth2", queueId, true)));
        Queue queue = em.find(Queue.class, queueId);
        As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(queueId, queue.getVersion(), queue.getName(), groupId, 1,
                FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, address.getId(), null, false, null, true)));
        Agent agent = fixtures.agent("oauth-agente", Map.of(groupId, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(queueId, customer.getId(), 2)));

        Article first = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: Enviado por el buzón", "Lo enviamos con OAuth2.")));
        Await.until("the answer, through the mailbox's own SMTP server", () -> mail.mailboxReceived(customer.getEmail()).stream()
                .anyMatch(m -> TestMailServer.subjectOf(m).endsWith("Re: Enviado por el buzón")), 30);
        assertEquals(OutboxStatus.SENT, outboxOf(first).getStatus());
        assertEquals(mailbox, ((InternetAddress) mail.mailboxReceived(customer.getEmail()).get(0).getFrom()[0]).getAddress());
        assertTrue(mail.receivedBy(customer.getEmail()).isEmpty(), "not through the server's relay");

        // the SMTP server checks the token: one it no longer takes holds the answer (535 is no refusal for good)
        mail.mailbox(mailbox, "no-longer-the-token");
        Ticket sent = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        Article refused = As.agent(agent.getLogin(), () -> tickets.addArticle(sent.getId(), sent.getVersion(),
                NewArticle.reply("Re: Token rechazado", "Esto espera un token válido.")));
        Await.until("the refused attempt", () -> outboxOf(refused).getAttempts() > 0, 30);
        assertEquals(OutboxStatus.PENDING, outboxOf(refused).getStatus());
        assertTrue(outboxOf(refused).getLastError().contains("535"), outboxOf(refused).getLastError());
        authorize(account);
        Await.until("the answer with the new token", () -> mail.mailboxReceived(customer.getEmail()).stream()
                .anyMatch(m -> TestMailServer.subjectOf(m).endsWith("Re: Token rechazado")), 30);

        // the next token needs a refresh, which the provider refuses: the answer waits, with the provider's words
        TestOAuthServer.expiresIn = 1;
        authorize(account);
        TestOAuthServer.revokeAll();
        Ticket answered = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        Article second = As.agent(agent.getLogin(), () -> tickets.addArticle(answered.getId(), answered.getVersion(),
                NewArticle.reply("Re: Mientras está revocado", "Esto espera en la bandeja de salida.")));
        Await.until("the refused attempt", () -> outboxOf(second).getAttempts() > 0, 30);
        OutboxMessage held = outboxOf(second);
        assertEquals(OutboxStatus.PENDING, held.getStatus(), "kept for another attempt");
        assertTrue(held.getLastError().contains("invalid_grant"), held.getLastError());
        assertEquals("invalid_grant: Token has been expired or revoked.", reload(account).getOauth().getError());
        assertTrue(mail.receivedBy(customer.getEmail()).isEmpty(), "not sent through the relay instead");

        // authorized again, it goes at once (not after its pause of a minute)
        TestOAuthServer.expiresIn = 3600;
        authorize(account);
        Await.until("the held answer", () -> mail.mailboxReceived(customer.getEmail()).stream()
                .anyMatch(m -> TestMailServer.subjectOf(m).endsWith("Re: Mientras está revocado")), 30);
        assertEquals(OutboxStatus.SENT, outboxOf(second).getStatus());
    }

    private OutboxMessage outboxOf(Article article) {
        em.clear();
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.article.id = :a", OutboxMessage.class)
                .setParameter("a", article.getId()).getSingleResult();
    }

    @Test
    void aRevokedAuthorizationStopsTheMailboxWithTheProvidersWordsAndNothingIsLost() throws Exception {
        MailAccount account = account();
        TestOAuthServer.expiresIn = 1;
        authorize(account);
        TestOAuthServer.revokeAll();
        deliver("Correo mientras la autorización está revocada");

        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> poll(account));
        assertTrue(refused.getMessage(java.util.Locale.ENGLISH).contains("invalid_grant: Token has been expired or revoked."),
                refused.getMessage(java.util.Locale.ENGLISH));
        MailAccount stopped = reload(account);
        assertEquals("invalid_grant: Token has been expired or revoked.", stopped.getOauth().getError());
        assertNotNull(stopped.getLastError());
        assertEquals(1, mail.waiting(mailbox), "the mail waits on the server");
        Await.until(() -> mail.receivedBy(administrator.getEmail()).stream()
                .anyMatch(m -> TestMailServer.subjectOf(m).contains(account.getName())), 30);
        // polling again asks the provider nothing more: the mailbox waits for an administrator
        int refreshes = TestOAuthServer.REFRESHES.get();
        assertThrows(RuleViolationException.class, () -> poll(account));
        assertEquals(refreshes, TestOAuthServer.REFRESHES.get());

        TestOAuthServer.expiresIn = 3600;
        authorize(account);
        assertEquals(1, poll(account).newTickets());
        assertNull(reload(account).getOauth().getError());
        // stored, it is removed from the server by the next poll (as for every mailbox)
        assertEquals(1, poll(account).removed());
        assertEquals(0, mail.waiting(mailbox));
    }
}
