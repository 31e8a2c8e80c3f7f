package org.helpdesk.mail.outbound;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;


/**
 * Delivers one outbox message through the server's mail session ({@code java:jboss/mail/Helpdesk}),
 * in a transaction of its own, on the delivery run's connection to its sender's relay; a failure is recorded on
 * the message for the next attempt.
 */
@Stateless
@PermitAll
public class OutboxSender {

    private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Helpdesk")
    Session mail;

    @Inject
    Clock clock;

    @Inject
    OutboxMime mime;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long messageId, RelayConnections relays) {
        // locked, so that two servers never send the same message
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isPending()) {
            return;
        }
        try {
            byte[] raw = message.getRaw();
            relays.send(raw != null ? OutboxMime.exactly(mail, raw) : mime.build(message, false));
            message.delivered(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            SmtpRefusal refusal = SmtpRefusal.of(e);
            message.failed(refusal.text(), refusal.permanent(), clock.instant());
            LOG.warning(() -> "Could not deliver mail " + message.getMessageId() + " to " + message.getTo() + " (attempt "
                    + message.getAttempts() + (refusal.permanent() ? ", refused for good" : "") + "): " + refusal.text());
        }
    }

}
