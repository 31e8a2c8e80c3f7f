package org.helpdesk.mail.outbound;

import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.activation.DataHandler;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.settings.Settings;

/**
 * Delivers one outbox message through the server's mail session ({@code java:jboss/mail/Helpdesk}),
 * in a transaction of its own; a failure is recorded on the message for the next attempt.
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
    public void deliver(long messageId) {
        // locked, so that two servers never send the same message
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isPending()) {
            return;
        }
        try {
            byte[] raw = message.getRaw();
            Transport.send(raw != null ? OutboxMime.exactly(mail, raw) : mime.build(message, false));
            message.delivered(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            SmtpRefusal refusal = SmtpRefusal.of(e);
            message.failed(refusal.text(), refusal.permanent(), clock.instant());
            LOG.warning(() -> "Could not deliver mail " + message.getMessageId() + " to " + message.getTo() + " (attempt "
                    + message.getAttempts() + (refusal.permanent() ? ", refused for good" : "") + "): " + refusal.text());
        }
    }

}
