package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import jakarta.ejb.EJB;

import org.helpdesk.mail.inbound.ConnectionCheck;
import org.helpdesk.mail.inbound.MailAccount;
import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.MailProtocol;
import org.helpdesk.shared.ValidationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A mail account's stored password is only ever sent to the server and login it was given for:
 * "test connection" (and saving) with another protocol, TLS setting, host, port or login needs the
 * password typed again.
 */
@ExtendWith(ArquillianExtension.class)
class MailAccountPasswordIT {

    private static final String PASSWORD = "buzon-secreto-9";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    MailAccountService accounts;

    @EJB
    TestMailServer mail;

    @Test
    void theStoredPasswordGoesOnlyToTheStoredServer() {
        String mailbox = unique("buzon") + "@desk.example";
        mail.mailbox(mailbox, PASSWORD);
        MailAccount account = As.admin(ADMIN, () -> accounts.save(new MailAccountForm(null, 0, unique("Buzón"), MailProtocol.IMAP,
                false, "127.0.0.1", TestMailServer.IMAP_PORT, mailbox, PASSWORD, "INBOX", 3600, QUEUE_N1, false, false, null, true)));
        MailAccountForm stored = MailAccountForm.of(As.admin(ADMIN, () -> accounts.account(account.getId())));

        ConnectionCheck same = As.admin(ADMIN, () -> accounts.testConnection(stored));
        assertTrue(same.ok(), same.error());

        List<MailAccountForm> elsewhere = List.of(
                changed(stored, MailProtocol.POP3, stored.startTls(), stored.host(), TestMailServer.POP3_PORT, stored.login()),
                changed(stored, stored.protocol(), true, stored.host(), stored.port(), stored.login()),
                changed(stored, stored.protocol(), stored.startTls(), "localhost", stored.port(), stored.login()),
                changed(stored, stored.protocol(), stored.startTls(), stored.host(), TestMailServer.POP3_PORT, stored.login()),
                changed(stored, stored.protocol(), stored.startTls(), stored.host(), stored.port(), "otro-" + mailbox));
        for (MailAccountForm form : elsewhere) {
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> As.admin(ADMIN, () -> accounts.testConnection(form)), form.toString());
            assertTrue(refused.hasErrorOn("password"));
            assertTrue(refused.getMessage(Locale.forLanguageTag("es")).contains("escríbala de nuevo"),
                    refused.getMessage(Locale.forLanguageTag("es")));
            assertTrue(refused.getMessage(Locale.ENGLISH).contains("type it again"), refused.getMessage(Locale.ENGLISH));
            assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> accounts.save(form)), "nor saved for the next fetch");
        }

        // with the password typed again the other server is tried
        MailAccountForm pop3 = elsewhere.get(0);
        MailAccountForm typed = new MailAccountForm(pop3.id(), pop3.version(), pop3.name(), pop3.protocol(), pop3.startTls(),
                pop3.host(), pop3.port(), pop3.login(), PASSWORD, null, pop3.pollSeconds(), pop3.queueId(), false, false,
                pop3.trustedCertificateSha256(), pop3.allowPlaintext());
        assertTrue(As.admin(ADMIN, () -> accounts.testConnection(typed)).ok());
        // the stored server is unchanged: the stored password still reaches it
        MailAccount unchanged = As.admin(ADMIN, () -> accounts.account(account.getId()));
        assertEquals(MailProtocol.IMAP, unchanged.getProtocol());
        assertTrue(As.admin(ADMIN, () -> accounts.testConnection(MailAccountForm.of(unchanged))).ok());
    }

    /** The stored account's form with another server or login, the password left blank as the form shows it. */
    private static MailAccountForm changed(MailAccountForm stored, MailProtocol protocol, boolean startTls, String host, int port,
            String login) {
        return new MailAccountForm(stored.id(), stored.version(), stored.name(), protocol, startTls, host, port, login, null,
                stored.folder(), stored.pollSeconds(), stored.queueId(), stored.dispatchByRecipient(), stored.valid(),
                stored.trustedCertificateSha256(), stored.allowPlaintext());
    }
}
