package org.helpdesk.mail.outbound;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.List;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.queue.SystemAddress;
import org.helpdesk.settings.Settings;

/** The MIME message of an outbox entry, built from its fields; and a message delivered exactly as it was built. */
@ApplicationScoped
public class OutboxMime {

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/mail/Helpdesk")
    Session mail;

    @Inject
    Settings configuration;

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

    /**
     * The message to send. For signing, every text part is quoted-printable ({@code sevenBit}): a relay then has
     * nothing to re-encode or trim (trailing spaces), which would break the signature.
     */
    /**
     * The address the mail of a queue with this system address goes out from (as {@link #from} makes it): the
     * system address while it is valid, else the desk's default sender; null when there is neither.
     */
    public String senderAddress(SystemAddress address) {
        if (address != null && address.isValid()) {
            return address.getEmail();
        }
        InternetAddress desk = InternetAddress.getLocalAddress(mail);
        return desk == null ? null : desk.getAddress();
    }

    public MimeMessage build(OutboxMessage message, boolean sevenBit) throws MessagingException {
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
            if (sevenBit) {
                mime.setHeader("Content-Transfer-Encoding", "quoted-printable");
            }
        } else {
            MimeMultipart parts = new MimeMultipart();
            MimeBodyPart text = new MimeBodyPart();
            text.setText(message.getBody(), "UTF-8");
            if (sevenBit) {
                text.setHeader("Content-Transfer-Encoding", "quoted-printable");
            }
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

    /** The bytes of a message, written once and then sent exactly so: nothing is re-encoded or added on the way. */
    public static MimeMessage exactly(Session session, byte[] raw) throws MessagingException {
        return new MimeMessage(session, new ByteArrayInputStream(raw)) {
            @Override
            public void saveChanges() {
                // built and stored already: the headers stay as they are
            }

            @Override
            public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
                out.write(raw);
            }
        };
    }
}
