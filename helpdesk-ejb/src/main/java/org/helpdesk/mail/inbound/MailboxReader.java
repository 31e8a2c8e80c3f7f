package org.helpdesk.mail.inbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.helpdesk.mail.mime.MailParser;
import org.helpdesk.shared.DeskSettings;

/**
 * Reads one mailbox over IMAP or POP3 and hands each message to {@link MailIntake}, which stores it
 * in a transaction of its own. A message is removed from the mailbox only by a later poll that
 * finds its record (by Message-ID); if anything fails in between, it stays and is recognised there.
 * Messages over {@link DeskSettings#maxMailBytes()} are recorded and left where they are.
 */
@ApplicationScoped
public class MailboxReader {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
    /** Messages whose headers are fetched together. */
    static final int BATCH = 100;
    /** How long one poll keeps reading a mailbox; what is left waits for the next poll. */
    static final long POLL_BUDGET_MILLIS = 60_000;
    private static final FetchProfile HEADERS = new FetchProfile();

    static {
        HEADERS.add(FetchProfile.Item.SIZE);
        HEADERS.add("Message-ID");
    }
    private static final String TIMEOUT_MS = "30000";

    @Inject
    MailIntake intake;

    @Inject
    DeskSettings settings;

    @Inject
    Event<MailReceived> received;

    /**
     * Connects and opens the folder: the number of messages waiting, or the server's exact error. Over
     * TLS the server's certificate must be trusted by the JVM or be the one given
     * ({@code trustedCertificateSha256}, may be null); if it is neither, the
     * {@link UntrustedCertificateException} says which certificate the server showed.
     */
    public int check(MailProtocol protocol, boolean startTls, boolean xoauth2, String host, int port, String login, String password,
            String folder, String trustedCertificateSha256) throws MessagingException {
        PinningTrustManager trust = protocol.isPlaintext(startTls) ? null : trust(trustedCertificateSha256);
        try (Store store = connect(protocol, startTls, xoauth2, host, port, login, password, trust)) {
            Folder box = store.getFolder(protocol.hasFolders() ? folder : "INBOX");
            box.open(Folder.READ_ONLY);
            try {
                return box.getMessageCount();
            } finally {
                box.close(false);
            }
        } catch (MessagingException e) {
            if (trust != null && trust.rejected() != null) {
                throw new UntrustedCertificateException(e, ServerCertificate.of(trust.rejected()));
            }
            throw e;
        }
    }

    /**
     * Handles what is waiting in the account's mailbox, batch after batch, until the mailbox has been
     * read to the end or {@link #POLL_BUDGET_MILLIS} is used up. A message leaves the mailbox only when
     * a later poll finds its record: it was committed by an earlier transaction and read back by this
     * one, so a crash (or a database that acknowledges a commit before it is on disk) can cost a
     * message being fetched again, never a message.
     */
    public PollResult poll(MailAccount account, String password) throws MessagingException {
        long deadline = System.currentTimeMillis() + POLL_BUDGET_MILLIS;
        PollResult result = PollResult.empty();
        try (Store store = connect(account.getProtocol(), account.isStartTls(), account.usesOAuth(), account.getHost(), account.getPort(),
                account.getLogin(), password, account.getTrustedCertificateSha256() == null ? null
                        : trust(account.getTrustedCertificateSha256()))) {
            Folder box = store.getFolder(account.getFolder());
            box.open(Folder.READ_WRITE);
            try {
                int count = box.getMessageCount();
                for (int first = 1; first <= count && System.currentTimeMillis() < deadline; first += BATCH) {
                    Message[] batch = box.getMessages(first, Math.min(count, first + BATCH - 1));
                    box.fetch(batch, HEADERS);
                    List<String> ids = new ArrayList<>();
                    for (Message message : batch) {
                        ids.add(MailParser.messageIdOfHeader(header(message, "Message-ID")));
                    }
                    Map<String, InboundStatus> recorded = intake.recorded(ids.stream().filter(Objects::nonNull).toList());
                    List<Message> wanted = new ArrayList<>();
                    for (int i = 0; i < batch.length; i++) {
                        if (recorded.get(InboundMail.cut(ids.get(i), 500)) == null && batch[i].getSize() <= settings.maxMailBytes()) {
                            wanted.add(batch[i]);
                        }
                    }
                    RawMessages raw = new RawMessages(box, wanted);
                    List<Message> done = new ArrayList<>();
                    for (int i = 0; i < batch.length && System.currentTimeMillis() < deadline; i++) {
                        PollResult.Step step = handle(account.getId(), batch[i], recorded.get(InboundMail.cut(ids.get(i), 500)), raw);
                        if (step.removed()) {
                            done.add(batch[i]);
                        }
                        result = result.plus(step);
                    }
                    if (!done.isEmpty()) {
                        // one STORE for the batch (IMAP), not a round trip per message; gone when the folder closes
                        box.setFlags(done.toArray(Message[]::new), new Flags(Flags.Flag.DELETED), true);
                    }
                }
            } finally {
                box.close(true);
            }
        }
        return result;
    }

    /**
     * What becomes of one message: one an earlier poll recorded ({@code recorded}: its outcome) is to be
     * removed (or left, when too large); a new one goes to the intake and stays in the mailbox until the
     * next poll.
     */
    private PollResult.Step handle(long accountId, Message message, InboundStatus recorded, RawMessages raw)
            throws MessagingException {
        if (recorded != null) {
            return leaveOrRemove(recorded);
        }
        MailIntake.Receipt receipt = take(accountId, message, raw);
        if (receipt.duplicate()) {
            // recorded already: a message without Message-ID header (known by the id made from its bytes),
            // or a second copy of one stored earlier in this poll
            return leaveOrRemove(receipt.status());
        }
        received.fire(new MailReceived(accountId, receipt));
        return PollResult.Step.taken(receipt.status());
    }

    /** A message recorded with this outcome stays in the mailbox (too large) or is to be removed. */
    private static PollResult.Step leaveOrRemove(InboundStatus status) {
        return status.isDone() ? PollResult.Step.REMOVED : PollResult.Step.LEFT;
    }

    private MailIntake.Receipt take(long accountId, Message message, RawMessages rawMessages) throws MessagingException {
        int size = message.getSize();
        if (size > settings.maxMailBytes()) {
            byte[] headers = headerBytes(message);
            String messageId = MailParser.messageIdOfHeader(header(message, "Message-ID"));
            if (messageId == null) {
                messageId = MailParser.messageIdOf(headers);
            }
            MailParser.Heading heading = MailParser.headingOf(headers);
            return intake.tooLarge(accountId, messageId, heading.from(), heading.subject(), size);
        }
        byte[] raw = rawMessages.of(message);
        try {
            return intake.receive(accountId, raw);
        } catch (RuntimeException e) {
            // the handling failed, not the transport: keep the message aside rather than fetch it forever
            LOG.log(Level.WARNING, "Could not handle a message of mail account " + accountId + "; quarantined", e);
            return intake.quarantine(accountId, raw, "Handling failed: " + e);
        }
    }

    private static String header(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    /** The message as the server keeps it, read by itself (POP3's RETR, or IMAP's FETCH of one message). */
    static byte[] raw(Message message) throws MessagingException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
        try {
            message.writeTo(out);
        } catch (IOException e) {
            throw new MessagingException("Cannot read the message", e);
        }
        return out.toByteArray();
    }

    private static byte[] headerBytes(Message message) throws MessagingException {
        StringBuilder headers = new StringBuilder();
        for (Enumeration<Header> all = message.getAllHeaders(); all.hasMoreElements();) {
            Header header = all.nextElement();
            headers.append(header.getName()).append(": ").append(header.getValue()).append("\r\n");
        }
        // Jakarta Mail reads header bytes one per char: this gives back the bytes received
        return headers.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * A trust manager for a connection: the JVM's trust, and the certificate given (may be null);
     * it also notes the certificate it refuses.
     */
    static PinningTrustManager trust(String trustedCertificateSha256) throws MessagingException {
        try {
            return PinningTrustManager.withDefaultTrust(trustedCertificateSha256);
        } catch (GeneralSecurityException e) {
            throw new MessagingException("Cannot set up TLS", e);
        }
    }

    /**
     * The TLS settings of a mail session ({@code prefix}: {@code mail.<protocol>.}): without {@code trust} the JVM's
     * default trust applies and Jakarta Mail checks the server's name; with it, its socket factory decides (for
     * STARTTLS too), and checks the name unless the server shows the trusted certificate.
     */
    static void tls(Properties properties, String prefix, PinningTrustManager trust) throws MessagingException {
        if (trust == null) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
            return;
        }
        // the factory's sockets check the name during the handshake, unless the pinned certificate is shown
        properties.setProperty(prefix + "ssl.checkserveridentity", "false");
        try {
            properties.put(prefix + "ssl.socketFactory", trust.socketFactory());
        } catch (GeneralSecurityException e) {
            throw new MessagingException("Cannot set up TLS", e);
        }
        // never retry with the default factory
        properties.setProperty(prefix + "socketFactory.fallback", "false");
    }

    /**
     * Opens the store, over TLS with the trust of {@link #tls}.
     */
    private static Store connect(MailProtocol protocol, boolean startTls, boolean xoauth2, String host, int port, String login,
            String password, PinningTrustManager trust) throws MessagingException {
        String prefix = "mail." + protocol.store() + ".";
        Properties properties = new Properties();
        if (xoauth2) {
            // OAuth2: the password is the access token, sent with SASL XOAUTH2 (Microsoft 365, Gmail)
            properties.setProperty(prefix + "auth.mechanisms", "XOAUTH2");
        }
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MS);
        if (startTls) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        // one FETCH for the whole message: we keep it in memory anyway, and chunked fetches are slow
        properties.setProperty(prefix + "partialfetch", "false");
        if (protocol == MailProtocol.IMAPS || protocol == MailProtocol.POP3S || startTls) {
            tls(properties, prefix, trust);
        }
        Session session = Session.getInstance(properties);
        Store store = session.getStore(protocol.store());
        store.connect(host, port, login, password);
        return store;
    }
}
