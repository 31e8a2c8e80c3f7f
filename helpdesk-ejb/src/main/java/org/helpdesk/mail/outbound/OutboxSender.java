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
    Settings configuration;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long messageId) {
        // locked, so that two servers never send the same message
        OutboxMessage message = em.find(OutboxMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.isPending()) {
            return;
        }
        try {
            Transport.send(mime(message));
            message.delivered(clock.instant());
        } catch (MessagingException | RuntimeException e) {
            SmtpRefusal refusal = SmtpRefusal.of(e);
            message.failed(refusal.text(), refusal.permanent(), clock.instant());
            LOG.warning(() -> "Could not deliver mail " + message.getMessageId() + " to " + message.getTo() + " (attempt "
                    + message.getAttempts() + (refusal.permanent() ? ", refused for good" : "") + "): " + refusal.text());
        }
    }

    /**
     * The sender of a message: the queue's system address it was queued with, else the mail session's
     * default sender ({@code HELPDESK_MAIL_FROM}) under the desk's product name.
     */
    private InternetAddress from(OutboxMessage message) throws MessagingException {
        if (message.getFrom() != null) {
            return new InternetAddress(message.getFrom());
        }
        InternetAddress sender = InternetAddress.getLocalAddress(mail);
        if (sender == null) {
            throw new MessagingException("No sender address: set HELPDESK_MAIL_FROM");
        }
        try {
            sender.setPersonal(configuration.current().getProductName(), "UTF-8");
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        return sender;
    }

    private MimeMessage mime(OutboxMessage message) throws MessagingException {
        MimeMessage mime = new MimeMessage(mail) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", message.getMessageId());
            }
        };
        InternetAddress from = from(message);
        mime.setFrom(from);
        InternetAddress envelope = InternetAddress.getLocalAddress(mail);
        if (envelope != null && !envelope.getAddress().equalsIgnoreCase(from.getAddress())) {
            // the relay sends as the desk's default sender; should it rewrite From to that (as hosted
            // relays that allow one sender do), replies still reach the queue's address
            mime.setReplyTo(new InternetAddress[] { from });
        }
        mime.setRecipients(Message.RecipientType.TO, InternetAddress.parse(message.getTo()));
        mime.setSubject(message.getSubject(), "UTF-8");
        List<OutboxFile> files = message.getArticle() != null ? List.of()
                : em.createNamedQuery("OutboxFile.ofMessage", OutboxFile.class).setParameter("message", message.getId()).getResultList();
        if (files.isEmpty()) {
            mime.setText(message.getBody(), "UTF-8");
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.getBody(), "UTF-8");
            parts.addBodyPart(text);
            for (OutboxFile file : files) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(file.getContent(), file.getContentType())));
                part.setFileName(file.getFilename());
                part.setDisposition(Part.ATTACHMENT);
                parts.addBodyPart(part);
            }
            mime.setContent(parts);
        }
        mime.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", message.isAutoResponse() ? "auto-replied" : "no");
        if (message.getInReplyTo() != null) {
            mime.setHeader("In-Reply-To", message.getInReplyTo());
        }
        if (message.getReferences() != null) {
            mime.setHeader("References", message.getReferences());
        }
        mime.saveChanges();
        return mime;
    }
}
