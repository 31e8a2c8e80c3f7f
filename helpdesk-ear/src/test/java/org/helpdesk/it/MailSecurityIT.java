package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.mail.smime.SMIMEEnvelopedGenerator;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;
import org.helpdesk.mail.inbound.InboundMail;
import org.helpdesk.mail.inbound.InboundStatus;
import org.helpdesk.mail.inbound.MailAccount;
import org.helpdesk.mail.inbound.MailAccountForm;
import org.helpdesk.mail.inbound.MailIntake;
import org.helpdesk.mail.inbound.MailMonitorService;
import org.helpdesk.mail.inbound.MailProtocol;
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
import org.helpdesk.mail.outbound.KeyExpiryWarnings;
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

    @EJB
    MailMonitorService monitor;

    @EJB
    KeyExpiryWarnings expiryWarnings;

    @Inject
    Fixtures fixtures;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/mail/Helpdesk")
    Session mailSession;

    private Agent agent;
    private CustomerUser customer;
    private String deskAddress;
    private Ticket ticket;
    private long queueId;
    private long groupId;

    @BeforeEach
    void setUp() {
        // a group of its own: the new tickets here notify this agent, not every agent of the shared groups
        long group = fixtures.group("cifrado").getId();
        groupId = group;
        agent = fixtures.agent("cifra", Map.of(group, Set.of(Permission.RW)));
        customer = fixtures.customer();
        deskAddress = Fixtures.unique("seguro") + "@desk.example";
        Queue queue = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, Fixtures.unique("Mesa segura"),
                group, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, false, null, true)));
        SystemAddress sender = As.admin(ADMIN, () -> mailAccounts.saveSystemAddress(new SystemAddressForm(null, 0, deskAddress,
                "Mesa segura", queue.getId(), true)));
        Queue withSender = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(queue.getId(), queue.getVersion(),
                queue.getName(), group, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, sender.getId(), null,
                false, null, true)));
        queueId = withSender.getId();
        ticket = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(queueId, customer.getId(), 2)));
    }

    @AfterEach
    void relayBackUp() {
        smtp.start();
    }

    /** The test's queue signs what it sends with this method by default. */
    private void queueSigns(CryptoMethod method) {
        Queue queue = em.find(Queue.class, queueId);
        As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(queueId, queue.getVersion(), queue.getName(), groupId, 1,
                FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, queue.getSystemAddress().getId(), null, false, null, true,
                method)));
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
        return TestKeys.reader(smime, pgp, known, trusted);
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
                customerSide(List.of(customerCertificate.identity()), List.of(), List.of(), authority.certificate()), LIMIT);
        assertTrue(opened.encrypted());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        assertEquals("Estimado cliente:\nSu impresora ya funciona.  \nSaludos", text(opened.message()));
        Article stored = em.find(Article.class, sent.getId());
        assertEquals(CryptoMethod.SMIME, stored.getSecurity().getMethod());
        assertTrue(stored.getSecurity().isSigned() && stored.getSecurity().isEncrypted());

        TestKeys.Issued someoneElse = TestKeys.smime("otro@example.com", authority);
        assertThrows(org.helpdesk.mail.crypto.CryptoException.class, () -> SecureMime.open(mail, deskAddress,
                customerSide(List.of(someoneElse.identity()), List.of(), List.of(), authority.certificate()), LIMIT));
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
                customerSide(List.of(), List.of(customerKey.identity()), List.of(desk), null), LIMIT);
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
                customerSide(List.of(), List.of(), List.of(), authority.certificate()), LIMIT);
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
    void aNotificationAboutATicketOfASigningQueueIsSignedWithTheDefaultSendersKey() throws Exception {
        String defaultSender = InternetAddress.getLocalAddress(mailSession).getAddress();
        TestKeys.Issued authority = TestKeys.authority("Autoridad " + deskAddress);
        importKeys(TestKeys.smime(defaultSender, authority).pkcs12("clave-p12"), "clave-p12", false);
        queueSigns(CryptoMethod.SMIME);

        // a colleague gives the agent the ticket: the agent is told by e-mail, from the default sender
        Agent colleague = fixtures.agent("cifra-colega", Map.of(groupId, Set.of(Permission.RW)));
        As.agent(colleague.getLogin(), () -> tickets.setOwner(ticket.getId(), ticket.getVersion(), agent.getId()));
        Await.until(() -> smtp.receivedBy(agent.getEmail()).stream()
                .anyMatch(m -> TestMailServer.subjectOf(m).contains(ticket.getNumber())), 30);
        MimeMessage told = smtp.receivedBy(agent.getEmail()).stream()
                .filter(m -> TestMailServer.subjectOf(m).contains(ticket.getNumber())).findFirst().orElseThrow();
        assertEquals(defaultSender, ((InternetAddress) told.getFrom()[0]).getAddress());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        told.writeTo(bytes);
        SecureMime.Opened read = SecureMime.open(bytes.toByteArray(), defaultSender,
                customerSide(List.of(), List.of(), List.of(), authority.certificate()), LIMIT);
        assertFalse(read.encrypted());
        assertEquals(SignatureStatus.VALID, read.signature().status());
    }

    @Test
    void anAnswerWhoseSecurityNobodyChoseIsSignedAsItsQueueSays() throws Exception {
        TestKeys.Issued authority = TestKeys.authority("Autoridad " + deskAddress);
        importKeys(TestKeys.smime(deskAddress, authority).pkcs12("clave-p12"), "clave-p12", false);
        queueSigns(CryptoMethod.PGP);

        // PGP by default, and the desk has no PGP key for the queue's address: it goes unsigned (logged)
        Article unsigned = As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(),
                NewArticle.reply("Re: Sin clave PGP", "Sin firma.")));
        assertFalse(SecureMime.open(received("Re: Sin clave PGP"), deskAddress,
                customerSide(List.of(), List.of(), List.of(), authority.certificate()), LIMIT).secured());
        assertFalse(em.find(Article.class, unsigned.getId()).getSecurity().isSigned());

        queueSigns(CryptoMethod.SMIME);
        // as through the API: an answer that asks for nothing in particular
        Ticket now = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        Article sent = As.agent(agent.getLogin(), () -> tickets.addArticle(now.getId(), now.getVersion(),
                NewArticle.reply("Re: Firmado por la cola", "Firmado como dice la cola.")));
        SecureMime.Opened opened = SecureMime.open(received("Re: Firmado por la cola"), deskAddress,
                customerSide(List.of(), List.of(), List.of(), authority.certificate()), LIMIT);
        assertFalse(opened.encrypted());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        Article stored = em.find(Article.class, sent.getId());
        assertEquals(CryptoMethod.SMIME, stored.getSecurity().getMethod());
        assertTrue(stored.getSecurity().isSigned());
        assertFalse(stored.getSecurity().isEncrypted(), "the customer has no certificate yet");

        // with the customer's certificate known, it is encrypted too
        TestKeys.Issued customerCertificate = TestKeys.smime(customer.getEmail(), authority);
        importKeys(customerCertificate.pem(), null, false);
        Ticket later = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        Article both = As.agent(agent.getLogin(), () -> tickets.addArticle(later.getId(), later.getVersion(),
                NewArticle.reply("Re: Cifrado por la cola", "Cifrado como dice la cola.")));
        SecureMime.Opened decrypted = SecureMime.open(received("Re: Cifrado por la cola"), deskAddress,
                customerSide(List.of(customerCertificate.identity()), List.of(), List.of(), authority.certificate()), LIMIT);
        assertTrue(decrypted.encrypted());
        assertEquals(SignatureStatus.VALID, decrypted.signature().status());
        assertTrue(em.find(Article.class, both.getId()).getSecurity().isEncrypted());
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

        // the authority that comes with a certificate is left out, not trusted by the way
        byte[] chain = (new String(desk.pem(), StandardCharsets.US_ASCII) + new String(authority.pem(), StandardCharsets.US_ASCII))
                .getBytes(StandardCharsets.US_ASCII);
        List<MailKey> withChain = importKeys(chain, null, false);
        assertEquals(1, withChain.size());
        assertFalse(withChain.get(0).isAuthority());

        MailKey trusted = importKeys(authority.pem(), null, true).get(0);
        assertTrue(trusted.isAuthority());
        assertEquals(authority.certificate().getNotAfter().toInstant(), trusted.getNotAfter());
        MailKey again = importKeys(authority.pem(), null, true).get(0);
        assertEquals(trusted.getId(), again.getId(), "importing the same certificate twice keeps one");
    }

    @Test
    void theAdministratorsAreToldOnceWhenADeskKeyExpiresSoon() throws Exception {
        Agent administrator = fixtures.agent("guardian", Map.of(Fixtures.ADMIN_GROUP, Set.of(Permission.RW)));
        TestKeys.Issued soon = TestKeys.smime(deskAddress, null, Instant.now().plus(Duration.ofDays(10)));
        importKeys(soon.pkcs12("p12"), "p12", false);
        TestKeys.Issued later = TestKeys.smime(deskAddress, null, Instant.now().plus(Duration.ofDays(90)));
        importKeys(later.pkcs12("p12"), "p12", false);
        String fingerprint = org.helpdesk.mail.crypto.Certificates.fingerprint(soon.certificate());

        assertTrue(expiryWarnings.warn(Instant.now()) >= 1);
        Await.until(() -> smtp.receivedBy(administrator.getEmail()).stream().anyMatch(m -> contains(m, fingerprint)), 30);
        assertFalse(smtp.receivedBy(administrator.getEmail()).stream()
                .anyMatch(m -> contains(m, org.helpdesk.mail.crypto.Certificates.fingerprint(later.certificate()))),
                "a key that expires in 90 days is not mentioned");
        assertEquals(0, expiryWarnings.warn(Instant.now()), "told once");
    }

    private static boolean contains(MimeMessage message, String text) {
        try {
            return message.getContent().toString().contains(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- mail the desk receives

    private static final String MAILBOX_PASSWORD = "buzon-seguro-1";
    private static final long LIMIT = 10L << 20;
    private static final java.security.Provider BC = new org.bouncycastle.jce.provider.BouncyCastleProvider();

    /** The desk's mailbox (the queue's address) on the test's IMAP server, fetched by a mail account. */
    private MailAccount mailbox() {
        smtp.mailbox(deskAddress, MAILBOX_PASSWORD);
        return As.admin(ADMIN, () -> mailAccounts.save(new MailAccountForm(null, 0, Fixtures.unique("Buzón seguro"),
                MailProtocol.IMAP, false, "127.0.0.1", TestMailServer.IMAP_PORT, deskAddress, MAILBOX_PASSWORD, "INBOX", 3600,
                queueId, false, true, null, true)));
    }

    /** Delivers the message to the desk's mailbox, fetches it, and gives what became of it. */
    private InboundMail fetch(MailAccount account, byte[] raw) throws Exception {
        smtp.deliver(deskAddress, raw);
        As.admin(ADMIN, () -> mailAccounts.pollNow(account.getId()));
        String messageId = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw)).getMessageID();
        em.clear();
        return em.createNamedQuery("InboundMail.byMessageId", InboundMail.class).setParameter("messageId", messageId)
                .getSingleResult();
    }

    private Article articleOf(InboundMail record) {
        assertEquals(InboundStatus.NEW_TICKET, record.getStatus(), record.getReason());
        List<Article> articles = As.agent(agent.getLogin(), () -> tickets.articles(record.getTicket().getId()));
        return articles.get(articles.size() - 1);
    }

    private MimeMessage customerMessage(String subject) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(customer.getEmail()));
        message.setRecipients(Message.RecipientType.TO, deskAddress);
        message.setSubject(subject, "UTF-8");
        return message;
    }

    /** A customer's S/MIME mail as Bouncy Castle's S/MIME for Jakarta Mail writes it: signed, maybe then encrypted. */
    private byte[] customerSmime(TestKeys.Issued from, X509Certificate to, String subject, String text) throws Exception {
        MimeBodyPart content = new MimeBodyPart();
        content.setText(text, "UTF-8");
        SMIMESignedGenerator signer = new SMIMESignedGenerator();
        signer.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BC)
                .build("SHA256withRSA", from.keys().getPrivate(), from.certificate()));
        signer.addCertificates(new JcaCertStore(List.of(from.certificate())));
        MimeMultipart signed = signer.generate(content);
        MimeMessage message = customerMessage(subject);
        if (to == null) {
            message.setContent(signed);
        } else {
            MimeBodyPart signedPart = new MimeBodyPart();
            signedPart.setContent(signed);
            SMIMEEnvelopedGenerator enveloper = new SMIMEEnvelopedGenerator();
            enveloper.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(to).setProvider(BC));
            MimeBodyPart encrypted = enveloper.generate(signedPart,
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES128_CBC).setProvider(BC).build());
            message.setContent(encrypted.getContent(), encrypted.getContentType());
        }
        message.saveChanges();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.toByteArray();
    }

    /**
     * A customer's PGP/MIME mail signed and encrypted in one OpenPGP message (as Thunderbird sends it), written
     * here with Bouncy Castle's OpenPGP packets directly.
     */
    private byte[] customerPgp(TestKeys.PgpKey from, TestKeys.PgpKey to, String subject, String text) throws Exception {
        byte[] entity = ("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + text)
                .getBytes(StandardCharsets.UTF_8);
        PGPSecretKey signingKey = from.secret().getSecretKey();
        PGPSignatureGenerator signature = new PGPSignatureGenerator(new JcaPGPContentSignerBuilder(
                signingKey.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256).setProvider(BC), signingKey.getPublicKey());
        signature.init(PGPSignature.BINARY_DOCUMENT, signingKey.extractPrivateKey(
                new JcePBESecretKeyDecryptorBuilder().setProvider(BC).build(from.passphrase().toCharArray())));
        PGPPublicKey encryptionKey = null;
        for (PGPPublicKey key : (Iterable<PGPPublicKey>) to.publicRing()::getPublicKeys) {
            if (!key.isMasterKey() && key.isEncryptionKey()) {
                encryptionKey = key;
            }
        }
        PGPEncryptedDataGenerator encryptor = new PGPEncryptedDataGenerator(new JcePGPDataEncryptorBuilder(
                SymmetricKeyAlgorithmTags.AES_128).setWithIntegrityPacket(true).setProvider(BC));
        encryptor.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(encryptionKey).setProvider(BC));
        ByteArrayOutputStream armoured = new ByteArrayOutputStream();
        try (ArmoredOutputStream armour = new ArmoredOutputStream(armoured);
                java.io.OutputStream encrypted = encryptor.open(armour, new byte[4096])) {
            PGPCompressedDataGenerator compressor = new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZLIB);
            try (java.io.OutputStream compressed = compressor.open(encrypted)) {
                signature.generateOnePassVersion(false).encode(compressed);
                PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
                try (java.io.OutputStream data = literal.open(compressed, PGPLiteralData.BINARY, "", entity.length, new java.util.Date())) {
                    data.write(entity);
                }
                signature.update(entity);
                signature.generate().encode(compressed);
            }
        }
        String boundary = "frontera-" + java.util.UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Type: application/pgp-encrypted\r\n\r\nVersion: 1\r\n\r\n--" + boundary
                + "\r\nContent-Type: application/octet-stream; name=\"encrypted.asc\"\r\n\r\n"
                + armoured.toString(StandardCharsets.US_ASCII).replace("\r\n", "\n").replace("\n", "\r\n")
                + "\r\n--" + boundary + "--\r\n";
        MimeMessage message = customerMessage(subject);
        message.saveChanges();
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        for (String line : java.util.Collections.list(message.getNonMatchingHeaderLines(
                new String[] { "Content-Type", "Content-Transfer-Encoding" }))) {
            headers.writeBytes((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        headers.writeBytes(("Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\"; boundary=\""
                + boundary + "\"\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
        return headers.toByteArray();
    }

    @Test
    void aCustomersSignedAndEncryptedSmimeMailIsDecryptedVerifiedAndItsOriginalKept() throws Exception {
        TestKeys.Issued authority = TestKeys.authority("Autoridad " + deskAddress);
        TestKeys.Issued desk = TestKeys.smime(deskAddress, authority);
        TestKeys.Issued customerCertificate = TestKeys.smime(customer.getEmail(), authority);
        importKeys(desk.pkcs12("clave-p12"), "clave-p12", false);
        importKeys(authority.pem(), null, true);
        MailAccount account = mailbox();

        byte[] raw = customerSmime(customerCertificate, desk.certificate(), "Factura cifrada", "El monto es 100 soles.");
        Article article = articleOf(fetch(account, raw));
        assertTrue(article.getBody().contains("El monto es 100 soles."), article.getBody());
        assertEquals(CryptoMethod.SMIME, article.getSecurity().getMethod());
        assertTrue(article.getSecurity().isEncrypted());
        assertEquals(SignatureStatus.VALID, article.getSecurity().getSignatureStatus());
        assertTrue(article.getSecurity().getSigner().contains(customer.getEmail()), article.getSecurity().getSigner());
        assertTrue(article.getAttachments().stream()
                .anyMatch(a -> a.getFilename().equals(MailIntake.ENCRYPTED_ORIGINAL)), "the encrypted original is kept");

        // signed only, changed on the way: shown as such
        byte[] signed = customerSmime(customerCertificate, null, "Factura firmada", "El monto es 100 soles.");
        String tampered = new String(signed, StandardCharsets.ISO_8859_1).replace("100 soles", "900 soles");
        Article changed = articleOf(fetch(account, tampered.getBytes(StandardCharsets.ISO_8859_1)));
        assertTrue(changed.getBody().contains("900 soles"));
        assertEquals(SignatureStatus.INVALID, changed.getSecurity().getSignatureStatus());
        assertFalse(changed.getSecurity().isEncrypted());

        // a certificate the desk trusts, but of somebody else: it proves nothing about this sender
        TestKeys.Issued impostor = TestKeys.smime("otro." + customer.getEmail(), authority);
        Article impersonated = articleOf(fetch(account, customerSmime(impostor, null, "Suplantación", "Páguenme a mí.")));
        assertEquals(SignatureStatus.UNKNOWN_SIGNER, impersonated.getSecurity().getSignatureStatus());

        // signed by someone whose authority the desk does not trust
        TestKeys.Issued stranger = TestKeys.smime(customer.getEmail(), TestKeys.authority("Otra autoridad"));
        Article unknown = articleOf(fetch(account, customerSmime(stranger, null, "Desconocido", "Hola.")));
        assertEquals(SignatureStatus.UNKNOWN_SIGNER, unknown.getSecurity().getSignatureStatus());
    }

    @Test
    void mailEncryptedForAKeyTheDeskDoesNotHaveIsQuarantinedWithTheReason() throws Exception {
        TestKeys.Issued authority = TestKeys.authority("Autoridad " + deskAddress);
        TestKeys.Issued customerCertificate = TestKeys.smime(customer.getEmail(), authority);
        TestKeys.Issued notTheDesks = TestKeys.smime(deskAddress, authority);
        MailAccount account = mailbox();

        InboundMail record = fetch(account, customerSmime(customerCertificate, notTheDesks.certificate(), "Cifrado ajeno", "Secreto."));
        assertEquals(InboundStatus.QUARANTINED, record.getStatus());
        assertTrue(record.getReason().contains("key the desk does not have"), record.getReason());
        assertTrue(As.admin(ADMIN, () -> monitor.rawSource(record.getId())).length > 0, "kept to reprocess once the key is imported");

        importKeys(notTheDesks.pkcs12("p12"), "p12", false);
        assertEquals(InboundStatus.NEW_TICKET, As.admin(ADMIN, () -> monitor.reprocess(record.getId())).status());
    }

    @Test
    void aCustomersPgpMailSignedAndEncryptedInOneIsDecryptedAndVerified() throws Exception {
        TestKeys.PgpKey desk = TestKeys.pgp("Mesa segura", deskAddress, "frase de la mesa");
        TestKeys.PgpKey customerKey = TestKeys.pgp("Cliente", customer.getEmail(), "frase del cliente");
        importKeys(desk.armouredSecret().getBytes(StandardCharsets.US_ASCII), "frase de la mesa", false);
        MailAccount account = mailbox();

        byte[] raw = customerPgp(customerKey, desk, "Clave del wifi", "La clave nueva del wifi es Lima2026.");
        Article before = articleOf(fetch(account, raw));
        assertTrue(before.getBody().contains("Lima2026"), before.getBody());
        assertTrue(before.getSecurity().isEncrypted());
        assertEquals(SignatureStatus.UNKNOWN_SIGNER, before.getSecurity().getSignatureStatus(), "the customer's key is not imported");

        importKeys(customerKey.armouredPublic().getBytes(StandardCharsets.US_ASCII), null, false);
        Article after = articleOf(fetch(account, customerPgp(customerKey, desk, "Clave del wifi 2", "Otra clave: Cusco2027.")));
        assertEquals(CryptoMethod.PGP, after.getSecurity().getMethod());
        assertEquals(SignatureStatus.VALID, after.getSecurity().getSignatureStatus());
        assertTrue(after.getSecurity().getSigner().contains(customer.getEmail()), after.getSecurity().getSigner());
    }

    private OutboxMessage outboxOf(Article article) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.article.id = :article", OutboxMessage.class)
                .setParameter("article", article.getId()).getSingleResult();
    }
}
