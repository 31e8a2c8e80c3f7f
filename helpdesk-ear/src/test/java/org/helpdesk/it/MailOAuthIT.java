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
import org.helpdesk.mail.inbound.MailAccount;
import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.MailProtocol;
import org.helpdesk.mail.inbound.OAuthProvider;
import org.helpdesk.mail.inbound.OAuthSettings;
import org.helpdesk.mail.inbound.PollResult;
import org.helpdesk.shared.RuleViolationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mailbox that signs in with OAuth2 (XOAUTH2 over IMAP), against a provider of the test's own
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

    @Inject
    Fixtures fixtures;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    @ArquillianResource
    URL base;

    private String mailbox;
    private Agent administrator;
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
        queueId = fixtures.queue(Fixtures.unique("Buzón OAuth2"), fixtures.group("oauth").getId(),
                org.helpdesk.queue.FollowUpPolicy.POSSIBLE).getId();
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
