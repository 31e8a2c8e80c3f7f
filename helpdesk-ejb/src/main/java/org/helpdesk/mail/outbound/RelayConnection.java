package org.helpdesk.mail.outbound;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

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
     * a connection kept from an earlier message be gone (the server closed it, or allows only so many messages on
     * one), the message is sent once more on a new one; a refusal is the server's answer and is not.
     */
    void send(MimeMessage message) throws MessagingException {
        boolean kept = transport != null;
        try {
            attempt(message);
        } catch (MessagingException | RuntimeException e) {
            if (!kept || !connectionLost(e)) {
                throw e;
            }
            attempt(message);
        }
    }

    /**
     * Whether the kept connection was gone rather than the message refused: the server closed it ({@code 421}, as
     * one that takes only so many messages on a connection answers the next), or it broke. Any other answer of the
     * server (a recipient refused, a message too large) is its answer about this message, the same on a new one.
     */
    private static boolean connectionLost(Exception e) {
        if (e instanceof SMTPSendFailedException answer) {
            return answer.getReturnCode() == 421;
        }
        return !(e instanceof SendFailedException);
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
