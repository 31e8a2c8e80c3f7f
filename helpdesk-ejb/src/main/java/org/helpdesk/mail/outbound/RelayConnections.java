package org.helpdesk.mail.outbound;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * The SMTP connections of one delivery run: the server's relay, and the relay of each sender that has one of
 * its own ({@link SenderRelays}), asked once per run; a sender whose relay cannot be used stays so for the run.
 */
public final class RelayConnections implements AutoCloseable {

    private final RelayConnection standard;
    private final SenderRelays senders;
    private final Map<String, RelayConnection> own = new HashMap<>();
    private final Map<String, MessagingException> unusable = new HashMap<>();

    RelayConnections(Session session, SenderRelays senders) {
        this.standard = new RelayConnection(Relay.of(session));
        this.senders = senders;
    }

    /** Sends a message whose headers are final, through its sender's relay. */
    void send(MimeMessage message) throws MessagingException {
        String sender = ((InternetAddress) message.getFrom()[0]).getAddress().toLowerCase(Locale.ROOT);
        MessagingException refused = unusable.get(sender);
        if (refused != null) {
            throw refused;
        }
        RelayConnection connection = own.get(sender);
        if (connection == null && !own.containsKey(sender)) {
            try {
                connection = senders.relayFor(sender).map(RelayConnection::new).orElse(null);
            } catch (MessagingException e) {
                unusable.put(sender, e);
                throw e;
            }
            own.put(sender, connection);
        }
        (connection == null ? standard : connection).send(message);
    }

    @Override
    public void close() {
        standard.close();
        own.values().stream().filter(c -> c != null).forEach(RelayConnection::close);
    }
}
