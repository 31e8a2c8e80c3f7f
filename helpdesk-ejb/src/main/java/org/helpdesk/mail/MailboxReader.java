package org.helpdesk.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import org.helpdesk.shared.DeskSettings;

/**
 * Reads one mailbox over IMAP or POP3 and hands each message to {@link MailIntake}. A message is
 * removed from the mailbox only after the transaction that stored it has committed; if anything
 * fails in between, it stays and is recognised by its Message-ID on the next poll. Messages over
 * {@link DeskSettings#maxMailBytes()} are recorded and left where they are.
 */
@ApplicationScoped
public class MailboxReader {

    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
    /** Messages handled per poll at most; the rest wait for the next one. */
    static final int BATCH = 100;
    private static final String TIMEOUT_MS = "30000";

    @Inject
    MailIntake intake;

    @Inject
    DeskSettings settings;

    @Inject
    Event<MailReceived> received;

    /** Connects and opens the folder: the number of messages waiting, or the server's exact error. */
    public int check(MailProtocol protocol, boolean startTls, String host, int port, String login, String password, String folder)
            throws MessagingException {
        try (Store store = connect(protocol, startTls, host, port, login, password)) {
            Folder box = store.getFolder(protocol.hasFolders() ? folder : "INBOX");
            box.open(Folder.READ_ONLY);
            try {
                return box.getMessageCount();
            } finally {
                box.close(false);
            }
        }
    }

    public PollResult poll(MailAccount account, String password) throws MessagingException {
        PollResult result = PollResult.empty();
        try (Store store = connect(account.getProtocol(), account.isStartTls(), account.getHost(), account.getPort(),
                account.getLogin(), password)) {
            Folder box = store.getFolder(account.getFolder());
            box.open(Folder.READ_WRITE);
            try {
                int count = Math.min(box.getMessageCount(), BATCH);
                for (int i = 1; i <= count; i++) {
                    Message message = box.getMessage(i);
                    MailIntake.Receipt receipt = take(account.getId(), message);
                    received.fire(new MailReceived(account.getId(), receipt));
                    if (receipt.status().isDone()) {
                        message.setFlag(Flags.Flag.DELETED, true);
                    }
                    result = result.plus(receipt);
                }
            } finally {
                box.close(true);
            }
        }
        return result;
    }

    private MailIntake.Receipt take(long accountId, Message message) throws MessagingException {
        int size = message.getSize();
        if (size > settings.maxMailBytes()) {
            String[] ids = message.getHeader("Message-ID");
            byte[] headers = headerBytes(message);
            String messageId = ids != null && ids.length > 0 ? ids[0].trim() : MailParser.messageIdOf(headers);
            MailParser.Heading heading = MailParser.headingOf(headers);
            return intake.tooLarge(accountId, messageId, heading.from(), heading.subject(), size);
        }
        byte[] raw = raw(message);
        try {
            return intake.receive(accountId, raw);
        } catch (RuntimeException e) {
            // the handling failed, not the transport: keep the message aside rather than fetch it forever
            LOG.log(Level.WARNING, "Could not handle a message of mail account " + accountId + "; quarantined", e);
            return intake.quarantine(accountId, raw, "Handling failed: " + e);
        }
    }

    private static byte[] raw(Message message) throws MessagingException {
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

    private static Store connect(MailProtocol protocol, boolean startTls, String host, int port, String login, String password)
            throws MessagingException {
        String prefix = "mail." + protocol.store() + ".";
        Properties properties = new Properties();
        properties.setProperty(prefix + "connectiontimeout", TIMEOUT_MS);
        properties.setProperty(prefix + "timeout", TIMEOUT_MS);
        if (startTls) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        // one FETCH for the whole message: we keep it in memory anyway, and chunked fetches are slow
        properties.setProperty(prefix + "partialfetch", "false");
        if (protocol == MailProtocol.IMAPS || protocol == MailProtocol.POP3S || startTls) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
        }
        Session session = Session.getInstance(properties);
        Store store = session.getStore(protocol.store());
        store.connect(host, port, login, password);
        return store;
    }
}
