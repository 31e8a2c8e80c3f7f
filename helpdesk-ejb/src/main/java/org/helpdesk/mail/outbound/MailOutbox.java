package org.helpdesk.mail.outbound;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.mail.crypto.OutgoingSecurity;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Like;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.ArticleAdded;
import org.helpdesk.ticket.ArticleSecurity;
import org.helpdesk.ticket.Channel;
import org.helpdesk.ticket.MailSecurityRequest;
import org.helpdesk.ticket.SenderType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCreated;

/**
 * Puts the e-mail for an article into the outbox, in the caller's transaction: the article and its
 * mail are stored together or not at all. The subject carries {@code [Ticket#<number>]} and the
 * Message-ID is stored on the article, so the customer's answer finds its way back to the ticket.
 */
@ApplicationScoped
public class MailOutbox {

    private static final Logger LOG = Logger.getLogger(MailOutbox.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskSettings settings;

    @Inject
    Settings configuration;

    @Inject
    Clock clock;

    @Inject
    OutboxMime mime;

    @Inject
    OutgoingSecurity security;

    @Inject
    Event<MailDue> due;

    /** Whether an article goes to the customer by e-mail: what agents write for the customer, except phone notes. */
    public static boolean isForCustomerMail(Article article) {
        return article.isVisibleForCustomer() && article.getSender() == SenderType.AGENT
                && article.getChannel() != Channel.PHONE && article.getChannel() != Channel.INTERNAL;
    }

    /** A ticket opened by an agent with an article for the customer: it goes out by e-mail. */
    void onTicketCreated(@Observes(during = TransactionPhase.IN_PROGRESS) TicketCreated created) {
        sendToCustomer(created.ticket(), created.firstArticle());
    }

    /** An agent's answer or closing note for the customer goes out by e-mail (see {@link #isForCustomerMail}). */
    void onArticleAdded(@Observes(during = TransactionPhase.IN_PROGRESS) ArticleAdded added) {
        sendToCustomer(added.ticket(), added.article());
    }

    /**
     * Queues a message that belongs to no article (registration, password reset, notifications), from
     * the desk's default sender.
     */
    public void send(String to, String subject, String body) {
        send(to, subject, body, List.of());
    }

    /** As {@link #send(String, String, String)}, with files attached (a report's PDF and CSV). */
    public void send(String to, String subject, String body, List<MailFile> files) {
        OutboxMessage message = queued(to, subject, body);
        for (int i = 0; i < files.size(); i++) {
            em.persist(new OutboxFile(message, i, files.get(i)));
        }
    }

    /**
     * Queues a notification about a ticket from the desk's default sender; signed, with that sender's key, when
     * the ticket's queue signs what it sends.
     */
    public void sendAbout(Ticket ticket, String to, String subject, String body) {
        secureAsTheQueueSays(queued(to, subject, body), ticket, false);
    }

    private OutboxMessage queued(String to, String subject, String body) {
        String messageId = "<" + UUID.randomUUID() + "@" + settings.mailDomain() + ">";
        return queue(new OutboxMessage(null, to, subject, body, messageId, null, null, clock.instant()));
    }

    /** Stores the message in the outbox; it is delivered once the caller's transaction commits. */
    private OutboxMessage queue(OutboxMessage message) {
        em.persist(message);
        due.fire(new MailDue());
        return message;
    }

    /**
     * Signed as the ticket's queue says, and encrypted when {@code encrypt} and every recipient has a key; what the
     * keys do not allow is left out, so the mail goes less protected rather than not at all. Returns what was done.
     */
    private MailSecurityRequest secureAsTheQueueSays(OutboxMessage message, Ticket ticket, boolean encrypt) {
        CryptoMethod method = ticket.getQueue().getSignMethod();
        return method == null ? MailSecurityRequest.NONE : secure(message, new MailSecurityRequest(method, true, encrypt), false);
    }

    /**
     * Makes the mail from a sender that waits for another attempt due at once: its relay can be used again
     * (its mailbox was authorized again). Returns how many messages.
     */
    public int resume(String sender) {
        // stored as the address, or with a display name: "Mesa de Ayuda" <soporte@example.com>
        int resumed = em.createNamedQuery("OutboxMessage.resume").setParameter("sender", sender.toLowerCase(Locale.ROOT))
                .setParameter("named", Like.endingWith("<" + sender + ">")).setParameter("pending", OutboxStatus.PENDING)
                .setParameter("now", clock.instant()).executeUpdate();
        if (resumed > 0) {
            due.fire(new MailDue());
        }
        return resumed;
    }

    /** Puts a message that failed for good back into the outbox, for a fresh round of attempts. */
    public void retry(OutboxMessage message) {
        if (message.getStatus() == OutboxStatus.FAILED) {
            message.retry(clock.instant());
            due.fire(new MailDue());
        }
    }

    /**
     * Queues an answer Helpdesk gives by itself about a ticket, from the ticket's queue address, counted
     * per recipient against mail loops.
     */
    public void sendAutoResponse(Ticket ticket, String to, String subject, String body, String inReplyTo, String references) {
        String messageId = "<" + UUID.randomUUID() + "@" + settings.mailDomain() + ">";
        OutboxMessage message = queue(new OutboxMessage(null, to, subject, body, messageId, inReplyTo, references,
                clock.instant()).from(sender(ticket.getQueue().getSystemAddress())).asAutoResponse());
        secureAsTheQueueSays(message, ticket, false);
    }

    /**
     * Queues the article for the customer, if it is one that goes by e-mail and there is an address.
     * It answers the customer's last e-mail on the ticket (In-Reply-To, References), and the article
     * keeps what was sent: recipient, subject with the ticket tag, Message-ID.
     */
    public void sendToCustomer(Ticket ticket, Article article) {
        if (!isForCustomerMail(article)) {
            return;
        }
        String to = article.getTo() != null && !article.getTo().isBlank() ? article.getTo() : ticket.getCustomer().getEmail();
        if (to == null || to.isBlank()) {
            return;
        }
        String tag = configuration.current().subjectTag(ticket.getNumber());
        String subject = article.getSubject().contains(tag) ? article.getSubject() : tag + " " + article.getSubject();
        String messageId = "<" + ticket.getNumber() + "." + UUID.randomUUID() + "@" + settings.mailDomain() + ">";
        Article answered = em.createNamedQuery("Article.lastMailFromCustomer", Article.class)
                .setParameter("ticket", ticket.getId() == null ? -1L : ticket.getId()).setMaxResults(1).getResultStream()
                .findFirst().orElse(null);
        String inReplyTo = answered == null ? null : answered.getMessageId();
        String references = answered == null ? null
                : answered.getReferences() == null ? inReplyTo : answered.getReferences() + " " + inReplyTo;
        String from = sender(ticket.getQueue().getSystemAddress());
        article.sent(from, to, subject, messageId, inReplyTo, references);
        OutboxMessage message = queue(new OutboxMessage(article, to, subject, article.getBody(), messageId, inReplyTo,
                references, clock.instant()).from(from));
        MailSecurityRequest request = article.getSecurityRequest();
        MailSecurityRequest done = request.asTheQueueSays() ? secureAsTheQueueSays(message, ticket, true)
                : request.any() ? secure(message, request, true) : MailSecurityRequest.NONE;
        if (done.any()) {
            article.secured(ArticleSecurity.sent(done.method(), done.sign(), done.encrypt()));
        }
    }

    /**
     * Builds the message now and keeps it signed and/or encrypted, as it will be delivered; returns what was done.
     * Without the keys it asks for, a {@code required} request refuses (the agent's answer is not written); any
     * other does what the keys allow, and a key that fails leaves the message as it is (logged).
     */
    private MailSecurityRequest secure(OutboxMessage message, MailSecurityRequest request, boolean required) {
        try {
            MimeMessage built = mime.build(message, true);
            String sender = ((InternetAddress) built.getFrom()[0]).getAddress();
            List<String> recipients = Arrays.stream(built.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress()).toList();
            MailSecurityRequest done = required ? request : request.asFarAs(security.canSign(request.method(), sender),
                    request.encrypt() && security.withoutKey(request.method(), recipients).isEmpty());
            if (!done.any()) {
                return MailSecurityRequest.NONE;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            built.writeTo(bytes);
            message.secured(security.secure(bytes.toByteArray(), done, sender, recipients));
            return done;
        } catch (MessagingException | IOException | RuntimeException e) {
            if (required) {
                throw e instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("Cannot build the message " + message.getMessageId(), e);
            }
            // the queue's default: a key missing or unusable must not stop the mail (nor the ticket that causes it)
            LOG.warning(() -> "Mail " + message.getMessageId() + " goes as it is, " + request.method() + " failed: " + e);
            return MailSecurityRequest.NONE;
        }
    }

    /**
     * The queue's system address as a sender, with its display name; none when there is no valid one
     * (then {@link OutboxSender} uses the desk's default sender).
     */
    private static String sender(SystemAddress address) {
        if (address == null || !address.isValid()) {
            return null;
        }
        try {
            return new InternetAddress(address.getEmail(), address.getDisplayName(), "UTF-8").toString();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }
}
