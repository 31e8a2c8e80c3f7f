package org.helpdesk.mail.outbound;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One connection to an SMTP server for a whole delivery run, instead of one per message: a burst of
 * notifications (an escalation tells a group of agents) goes out many times faster. It is opened at the
 * first message and again after a failure, and closed at the end of the run.
 */
final class RelayConnection implements AutoCloseable {

    private final Relay relay;
    private Transport transport;

    RelayConnection(Relay relay) {
        this.relay = relay;
    }

    /**
     * Sends a message whose headers are final ({@code saveChanges} done), as {@link Transport#send} would. Should
     * a connection kept from an earlier message fail (the server closed it, or allows only so many messages on
     * one), the message is sent once more on a new one; refused recipients are the server's answer and are not.
     */
    void send(MimeMessage message) throws MessagingException {
        boolean kept = transport != null;
        try {
            attempt(message);
        } catch (MessagingException | RuntimeException e) {
            if (!kept || refusesRecipients(e)) {
                throw e;
            }
            attempt(message);
        }
    }

    /**
     * Whether the server refused recipients: its answer about this message. Not so a {@code 421} to {@code MAIL FROM}
     * (too many messages on one connection), which Jakarta Mail also reports as a {@link SendFailedException}.
     */
    private static boolean refusesRecipients(Exception e) {
        return e instanceof SendFailedException failed && failed.getInvalidAddresses() != null
                && failed.getInvalidAddresses().length > 0;
    }

    private void attempt(MimeMessage message) throws MessagingException {
        try {
            if (transport == null) {
                // the transport Transport.send itself would use
                transport = relay.session().getTransport(message.getAllRecipients()[0]);
                if (relay.user() == null) {
                    transport.connect();
                } else {
                    transport.connect(relay.user(), relay.password());
                }
            }
            transport.sendMessage(message, message.getAllRecipients());
        } catch (MessagingException | RuntimeException e) {
            close(); // the next message starts on a new connection, whatever state this one was left in
            throw e;
        }
    }

    @Override
    public void close() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException alreadyBroken) {
                // nothing to hand back: the next run connects again
            }
            transport = null;
        }
    }
}
