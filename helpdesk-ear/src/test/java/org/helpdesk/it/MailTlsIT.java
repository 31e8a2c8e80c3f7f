package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import jakarta.ejb.EJB;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.helpdesk.mail.inbound.ConnectionCheck;
import org.helpdesk.mail.inbound.MailAccount;
import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.MailProtocol;
import org.helpdesk.mail.inbound.PollResult;
import org.helpdesk.mail.inbound.ServerCertificate;
import org.helpdesk.shared.ValidationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Mail servers Helpdesk reaches over TLS with a certificate the JVM does not trust (GreenMail's
 * self-signed one, on IMAPS): "test connection" shows the certificate, the administrator trusts it
 * by its fingerprint, and the mailbox is fetched. And IMAP or POP3 without TLS only when the
 * administrator ticked it.
 */
@ExtendWith(ArquillianExtension.class)
class MailTlsIT {

    private static final String PASSWORD = "buzon-secreto-tls";
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    MailAccountService accounts;

    @EJB
    TestMailServer mail;

    @Test
    void aSelfSignedServerIsTrustedOnceTheAdministratorConfirmsItsCertificate() throws Exception {
        String mailbox = unique("tls") + "@desk.example";
        mail.mailbox(mailbox, PASSWORD);
        mail.deliver(mailbox, message(mailbox, "Certificado propio del servidor"));

        // the JVM does not trust GreenMail's certificate: refused, and the certificate is shown
        MailAccountForm untrusted = imaps(mailbox, null);
        ConnectionCheck refused = As.admin(ADMIN, () -> accounts.testConnection(untrusted));
        assertFalse(refused.ok());
        assertNotNull(refused.error());
        ServerCertificate shown = refused.certificate();
        assertNotNull(shown, "no certificate offered; the error was: " + refused.error());
        assertEquals(presentedSha256(TestMailServer.IMAPS_PORT), shown.sha256(), "the fingerprint of what the server really shows");
        assertTrue(shown.subject().contains("GreenMail"), shown.subject());
        assertTrue(shown.issuer().contains("GreenMail"), shown.issuer());
        assertFalse(shown.isOutOfDate(), shown.notBefore() + " – " + shown.notAfter());

        // the administrator trusts it and saves: stored with the account, shown back as it was offered
        MailAccount account = As.admin(ADMIN, () -> accounts.save(imaps(mailbox, shown.sha256())));
        assertEquals(shown.sha256().replace(":", "").toLowerCase(Locale.ROOT), account.getTrustedCertificateSha256());
        assertFalse(account.isAllowPlaintext());
        MailAccountForm stored = MailAccountForm.of(As.admin(ADMIN, () -> accounts.account(account.getId())));
        assertEquals(shown.sha256(), stored.trustedCertificateSha256());

        // now the connection is trusted (GreenMail's certificate does not name 127.0.0.1: not checked for it)
        ConnectionCheck trusted = As.admin(ADMIN, () -> accounts.testConnection(stored));
        assertTrue(trusted.ok(), trusted.error());
        assertEquals(1, trusted.messages());
        assertNull(trusted.certificate());
        PollResult polled = As.admin(ADMIN, () -> accounts.pollNow(account.getId()));
        assertEquals(1, polled.newTickets(), polled.toString());
        MailAccount afterPoll = As.admin(ADMIN, () -> accounts.account(account.getId()));
        assertNull(afterPoll.getLastError());

        // trusting another certificate sends the stored password elsewhere: it must be typed again
        MailAccountForm current = MailAccountForm.of(afterPoll);
        String another = "AB:".repeat(31) + "AB";
        MailAccountForm otherCertificate = withTrust(current, another, null);
        ValidationException again = assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> accounts.testConnection(otherCertificate)));
        assertTrue(again.hasErrorOn("password"), again.getErrors().toString());
        assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> accounts.save(otherCertificate)));
        // with the password, the other certificate is tried: the server's is not it, and is shown again
        ConnectionCheck wrong = As.admin(ADMIN, () -> accounts.testConnection(withTrust(current, another, PASSWORD)));
        assertFalse(wrong.ok());
        assertNotNull(wrong.certificate());
        assertEquals(shown.sha256(), wrong.certificate().sha256());

        // without the trusted certificate (no password needed to trust less) the server is refused again
        ConnectionCheck withoutTrust = As.admin(ADMIN, () -> accounts.testConnection(withTrust(current, null, null)));
        assertFalse(withoutTrust.ok());
        assertNotNull(withoutTrust.certificate());

        // a fingerprint that is none is refused by name
        ValidationException malformed = assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> accounts.save(imaps(mailbox, "D1:4C:51"))));
        assertTrue(malformed.hasErrorOn("trustedCertificateSha256"), malformed.getErrors().toString());
        assertTrue(malformed.getMessage(SPANISH).contains("huella SHA-256"), malformed.getMessage(SPANISH));
    }

    @Test
    void plainImapOrPop3NeedsTheAdministratorsExplicitConsent() {
        String mailbox = unique("claro") + "@desk.example";
        mail.mailbox(mailbox, PASSWORD);

        for (MailProtocol protocol : new MailProtocol[] {MailProtocol.IMAP, MailProtocol.POP3}) {
            int port = protocol == MailProtocol.IMAP ? TestMailServer.IMAP_PORT : TestMailServer.POP3_PORT;
            MailAccountForm unticked = form(mailbox, protocol, false, port, null, false, true);
            ValidationException refused = assertThrows(ValidationException.class,
                    () -> As.admin(ADMIN, () -> accounts.save(unticked)), protocol.name());
            assertTrue(refused.hasErrorOn("allowPlaintext"), refused.getErrors().toString());
            assertTrue(refused.getMessage(SPANISH).contains("sin cifrar"), refused.getMessage(SPANISH));
            assertTrue(refused.getMessage(Locale.ENGLISH).contains("unencrypted"), refused.getMessage(Locale.ENGLISH));
            // nor is the password sent in the clear to test it
            ValidationException notTested = assertThrows(ValidationException.class,
                    () -> As.admin(ADMIN, () -> accounts.testConnection(unticked)), protocol.name());
            assertTrue(notTested.hasErrorOn("allowPlaintext"));
        }

        // ticked: saved with the consent, and it connects
        MailAccount plain = As.admin(ADMIN, () -> accounts.save(
                form(mailbox, MailProtocol.IMAP, false, TestMailServer.IMAP_PORT, null, true, false)));
        assertTrue(plain.isAllowPlaintext());
        MailAccountForm stored = MailAccountForm.of(As.admin(ADMIN, () -> accounts.account(plain.getId())));
        assertTrue(stored.allowPlaintext());
        ConnectionCheck check = As.admin(ADMIN, () -> accounts.testConnection(stored));
        assertTrue(check.ok(), check.error());

        // STARTTLS and IMAPS need no consent, and keep none (saving does not connect)
        MailAccount startTls = As.admin(ADMIN, () -> accounts.save(
                form(mailbox, MailProtocol.IMAP, true, TestMailServer.IMAP_PORT, null, false, false)));
        assertFalse(startTls.isAllowPlaintext());
        MailAccount imaps = As.admin(ADMIN, () -> accounts.save(
                form(mailbox, MailProtocol.IMAPS, false, TestMailServer.IMAPS_PORT, null, true, false)));
        assertFalse(imaps.isAllowPlaintext(), "the tick means nothing over TLS and is not kept");
    }

    // --- helpers

    private static MailAccountForm imaps(String mailbox, String trustedSha256) {
        return form(mailbox, MailProtocol.IMAPS, false, TestMailServer.IMAPS_PORT, trustedSha256, false, true);
    }

    private static MailAccountForm form(String mailbox, MailProtocol protocol, boolean startTls, int port, String trustedSha256,
            boolean allowPlaintext, boolean valid) {
        return new MailAccountForm(null, 0, unique("Buzón TLS"), protocol, startTls, "127.0.0.1", port, mailbox, PASSWORD,
                "INBOX", 3600, QUEUE_N1, false, valid, trustedSha256, allowPlaintext);
    }

    /** The stored account's form with another trusted certificate, and the password typed or not. */
    private static MailAccountForm withTrust(MailAccountForm stored, String trustedSha256, String password) {
        return new MailAccountForm(stored.id(), stored.version(), stored.name(), stored.protocol(), stored.startTls(),
                stored.host(), stored.port(), stored.login(), password, stored.folder(), stored.pollSeconds(), stored.queueId(),
                stored.dispatchByRecipient(), stored.valid(), trustedSha256, stored.allowPlaintext());
    }

    private static byte[] message(String to, String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(unique("cliente") + "@cliente.pe"));
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(subject, "UTF-8");
        message.setText("El servidor de correo usa un certificado propio.", "UTF-8");
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    /**
     * The SHA-256 fingerprint of the certificate the server on this TLS port shows, read here with a handshake
     * of our own (upper-case hex pairs separated by colons).
     */
    static String presentedSha256(int port) throws Exception {
        X509Certificate[] shown = new X509Certificate[1];
        X509TrustManager noting = new X509TrustManager() {
            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                shown[0] = chain[0];
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
                throw new CertificateException("not a server");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {noting}, null);
        try (SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.startHandshake();
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(shown[0].getEncoded());
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
    }
}
