package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.mail.crypto.MailKey;
import org.helpdesk.mail.crypto.MailKeyService;
import org.helpdesk.mail.crypto.Pgp;
import org.helpdesk.mail.crypto.SecureMime;
import org.helpdesk.mail.crypto.Smime;
import org.helpdesk.mail.crypto.TestKeys;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.SystemAddressForm;
import org.helpdesk.mail.outbound.OutboxMessage;
import org.helpdesk.mail.outbound.OutboxStatus;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.MailSecurityRequest;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.SignatureStatus;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signed and encrypted answers through a real SMTP server (GreenMail), read by a test client that holds
 * only the customer's key, as the customer's mail program would; and the key administration's refusals.
 * Every key is made here, for addresses of this test only.
 */
@ExtendWith(ArquillianExtension.class)
class MailSecurityIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    MailKeyService keys;

    @EJB
    QueueService queues;

    @EJB
    MailAccountService mailAccounts;

    @EJB
    TestMailServer smtp;

    @Inject
    Fixtures fixtures;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private Agent agent;
    private CustomerUser customer;
    private String deskAddress;
    private Ticket ticket;

    @BeforeEach
    void setUp() {
        agent = fixtures.agent("cifra", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        customer = fixtures.customer();
        deskAddress = Fixtures.unique("seguro") + "@desk.example";
        Queue queue = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, Fixtures.unique("Mesa segura"),
                SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, false, null, true)));
        SystemAddress sender = As.admin(ADMIN, () -> mailAccounts.saveSystemAddress(new SystemAddressForm(null, 0, deskAddress,
                "Mesa segura", queue.getId(), true)));
        Queue withSender = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(queue.getId(), queue.getVersion(),
                queue.getName(), SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, sender.getId(), null,
                false, null, true)));
        ticket = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(withSender.getId(), customer.getId(), 2)));
    }

    @AfterEach
    void relayBackUp() {
        smtp.start();
    }

    private List<MailKey> importKeys(byte[] file, String password, boolean trust) {
        return As.admin(ADMIN, () -> keys.importKeys(file, password, trust));
    }

    private Article answer(String subject, MailSecurityRequest security) {
        return As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply(subject, "Estimado cliente:\nSu impresora ya funciona.  \nSaludos").withSecurity(security)));
    }

    private byte[] received(String subject) throws Exception {
        Await.until(() -> smtp.receivedBy(customer.getEmail()).stream().anyMatch(m -> TestMailServer.subjectOf(m).endsWith(subject)), 30);
        MimeMessage mail = smtp.receivedBy(customer.getEmail()).stream()
                .filter(m -> TestMailServer.subjectOf(m).endsWith(subject)).findFirst().orElseThrow();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        mail.writeTo(bytes);
        return bytes.toByteArray();
    }

    private static String text(byte[] message) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(message)).getContent().toString()
                .replace("\r\n", "\n");
    }

    /** The customer's mail program: their own key, and trust in the authority that issued the desk's certificate. */
    private static SecureMime.Keys customerSide(List<Smime.Identity> smime, List<Pgp.Identity> pgp, List<TestKeys.PgpKey> known,
            X509Certificate trusted) {
        return new SecureMime.Keys() {
            @Override
            public List<Smime.Identity> smimeIdentities() {
                return smime;
            }

            @Override
            public List<Pgp.Identity> pgpIdentities() {
                return pgp;
            }

            @Override
            public Optional<PGPPublicKey> pgpKey(String sender, long keyId) {
                return known.stream().map(k -> k.publicRing().getPublicKey(keyId)).filter(k -> k != null).findFirst();
            }

            @Override
            public SignatureStatus trust(Smime.Signature signature) {
                try {
                    signature.signer().orElseThrow().verify(trusted.getPublicKey());
                    return SignatureStatus.VALID;
                } catch (GeneralSecurityException e) {
                    return SignatureStatus.UNKNOWN_SIGNER;
                }
            }
        };
    }

    @Test
    void anSmimeAnswerArrivesSignedAndEncryptedForTheCustomerOnly() throws Exception {
        TestKeys.Issued authority = TestKeys.authority("Autoridad " + deskAddress);
        TestKeys.Issued desk = TestKeys.smime(deskAddress, authority);
        TestKeys.Issued customerCertificate = TestKeys.smime(customer.getEmail(), authority);
        List<MailKey> imported = importKeys(desk.pkcs12("clave-p12"), "clave-p12", false);
        assertTrue(imported.get(0).hasSecret());
        assertEquals(Set.of(deskAddress.toLowerCase()), imported.get(0).getAddresses());
        importKeys(customerCertificate.pem(), null, false);

        Article sent = answer("Re: Impresora S/MIME", new MailSecurityRequest(CryptoMethod.SMIME, true, true));
        byte[] mail = received("Re: Impresora S/MIME");
        assertFalse(new String(mail, StandardCharsets.ISO_8859_1).contains("impresora"), "the body travels encrypted");

        SecureMime.Opened opened = SecureMime.open(mail, deskAddress,
                customerSide(List.of(customerCertificate.identity()), List.of(), List.of(), authority.certificate()));
        assertTrue(opened.encrypted());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        assertEquals("Estimado cliente:\nSu impresora ya funciona.  \nSaludos", text(opened.message()));
        Article stored = em.find(Article.class, sent.getId());
        assertEquals(CryptoMethod.SMIME, stored.getSecurity().getMethod());
        assertTrue(stored.getSecurity().isSigned() && stored.getSecurity().isEncrypted());

        TestKeys.Issued someoneElse = TestKeys.smime("otro@example.com", authority);
        assertThrows(org.helpdesk.mail.crypto.CryptoException.class, () -> SecureMime.open(mail, deskAddress,
                customerSide(List.of(someoneElse.identity()), List.of(), List.of(), authority.certificate())));
    }

    @Test
    void aPgpAnswerArrivesSignedAndEncryptedForTheCustomersKey() throws Exception {
        TestKeys.PgpKey desk = TestKeys.pgp("Mesa segura", deskAddress, "frase de la mesa");
        TestKeys.PgpKey customerKey = TestKeys.pgp("Cliente", customer.getEmail(), "frase del cliente");
        importKeys(desk.armouredSecret().getBytes(StandardCharsets.US_ASCII), "frase de la mesa", false);
        importKeys(customerKey.armouredPublic().getBytes(StandardCharsets.US_ASCII), null, false);

        answer("Re: Impresora PGP", new MailSecurityRequest(CryptoMethod.PGP, true, true));
        byte[] mail = received("Re: Impresora PGP");
        assertTrue(new String(mail, StandardCharsets.US_ASCII).contains("-----BEGIN PGP MESSAGE-----"));

        SecureMime.Opened opened = SecureMime.open(mail, deskAddress,
                customerSide(List.of(), List.of(customerKey.identity()), List.of(desk), null));
        assertTrue(opened.encrypted());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        assertEquals("Estimado cliente:\nSu impresora ya funciona.  \nSaludos", text(opened.message()));
    }

    @Test
    void aSignedAnswerWaitingForTheRelayGoesOutExactlyAsBuilt() throws Exception {
        TestKeys.Issued authority = TestKeys.authority("Autoridad " + deskAddress);
        TestKeys.Issued desk = TestKeys.smime(deskAddress, authority);
        importKeys(desk.pkcs12("clave-p12"), "clave-p12", false);
        smtp.stop();
        Article sent = answer("Re: Firmado tras la caída", new MailSecurityRequest(CryptoMethod.SMIME, true, false));
        Await.until(() -> outboxOf(sent).getAttempts() > 0, 30);
        byte[] built = outboxOf(sent).getRaw();
        assertEquals(OutboxStatus.PENDING, outboxOf(sent).getStatus());

        smtp.start();
        // rather than wait a minute for the next attempt, make it due now
        transaction.begin();
        em.createQuery("UPDATE OutboxMessage m SET m.nextAttemptAt = :now WHERE m.id = :id")
                .setParameter("now", Instant.now()).setParameter("id", outboxOf(sent).getId()).executeUpdate();
        transaction.commit();
        byte[] mail = received("Re: Firmado tras la caída");
        SecureMime.Opened opened = SecureMime.open(mail, deskAddress,
                customerSide(List.of(), List.of(), List.of(), authority.certificate()));
        assertFalse(opened.encrypted());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        assertTrue(new String(mail, StandardCharsets.ISO_8859_1).contains(signatureOf(built)),
                "the signature delivered is the one built when the answer was written");
    }

    /** The base64 line that starts the S/MIME signature part of a built message. */
    private static String signatureOf(byte[] built) {
        String text = new String(built, StandardCharsets.ISO_8859_1);
        int part = text.indexOf("filename=\"smime.p7s\"");
        int body = text.indexOf("\r\n\r\n", part) + 4;
        return text.substring(body, text.indexOf("\r\n", body));
    }

    @Test
    void encryptionForACustomerWithoutAKeyIsRefusedAndNothingIsWritten() {
        TestKeys.PgpKey desk = TestKeys.pgp("Mesa segura", deskAddress, "frase");
        importKeys(desk.armouredSecret().getBytes(StandardCharsets.US_ASCII), "frase", false);
        int before = As.agent(agent.getLogin(), () -> tickets.articles(ticket.getId())).size();

        ValidationException refused = assertThrows(ValidationException.class,
                () -> answer("Re: Sin clave", new MailSecurityRequest(CryptoMethod.PGP, true, true)));
        assertEquals("mail.security.noRecipientKey", refused.getErrors().get(0).messageKey());
        assertTrue(refused.getMessage(java.util.Locale.forLanguageTag("es")).contains(customer.getEmail()));
        assertEquals(before, As.agent(agent.getLogin(), () -> tickets.articles(ticket.getId())).size());

        ValidationException noSigner = assertThrows(ValidationException.class,
                () -> answer("Re: Sin firma", new MailSecurityRequest(CryptoMethod.SMIME, true, false)));
        assertEquals("mail.security.noSigningKey", noSigner.getErrors().get(0).messageKey());
    }

    @Test
    void theKeyAdministrationRefusesWhatItCannotTrustOrOpen() {
        TestKeys.Issued authority = TestKeys.authority("Autoridad " + deskAddress);
        TestKeys.Issued desk = TestKeys.smime(deskAddress, authority);
        assertEquals("password", assertThrows(ValidationException.class,
                () -> importKeys(desk.pkcs12("correcta"), "incorrecta", false)).getErrors().get(0).field());
        assertEquals("keys.import.authorityNotTrusted", assertThrows(ValidationException.class,
                () -> importKeys(authority.pem(), null, false)).getErrors().get(0).messageKey());
        assertEquals("keys.import.unreadable", assertThrows(ValidationException.class,
                () -> importKeys("no es una clave".getBytes(StandardCharsets.US_ASCII), null, false)).getErrors().get(0).messageKey());
        TestKeys.PgpKey pgp = TestKeys.pgp("Mesa", deskAddress, "buena");
        assertEquals("password", assertThrows(ValidationException.class,
                () -> importKeys(pgp.armouredSecret().getBytes(StandardCharsets.US_ASCII), "mala", false)).getErrors().get(0).field());

        MailKey trusted = importKeys(authority.pem(), null, true).get(0);
        assertTrue(trusted.isAuthority());
        assertEquals(authority.certificate().getNotAfter().toInstant(), trusted.getNotAfter());
        MailKey again = importKeys(authority.pem(), null, true).get(0);
        assertEquals(trusted.getId(), again.getId(), "importing the same certificate twice keeps one");
    }

    private OutboxMessage outboxOf(Article article) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.article.id = :article", OutboxMessage.class)
                .setParameter("article", article.getId()).getSingleResult();
    }
}
