package org.helpdesk.mail;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.article.Article;
import org.helpdesk.article.Channel;
import org.helpdesk.article.SenderType;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.ticket.Ticket;

/**
 * Puts the e-mail for an article into the outbox, in the caller's transaction: the article and its
 * mail are stored together or not at all. The subject carries {@code [Ticket#<number>]} and the
 * Message-ID is stored on the article, so the customer's answer finds its way back to the ticket.
 */
@ApplicationScoped
public class MailOutbox {

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskSettings settings;

    @Inject
    Clock clock;

    /** Whether an article goes to the customer by e-mail: what agents write for the customer, except phone notes. */
    public static boolean isForCustomerMail(Article article) {
        return article.isVisibleForCustomer() && article.getSender() == SenderType.AGENT
                && article.getChannel() != Channel.PHONE && article.getChannel() != Channel.INTERNAL;
    }

    /** Queues a message that belongs to no article (registration, password reset, confirmations). */
    public void send(String to, String subject, String body) {
        String messageId = "<" + UUID.randomUUID() + "@" + settings.mailDomain() + ">";
        em.persist(new OutboxMessage(null, to, subject, body, messageId, null, null, clock.instant()));
    }

    /** Queues the article for the customer, if it is one that goes by e-mail and there is an address. */
    public void sendToCustomer(Ticket ticket, Article article) {
        if (!isForCustomerMail(article)) {
            return;
        }
        String to = article.getTo() != null && !article.getTo().isBlank() ? article.getTo() : ticket.getCustomer().getEmail();
        if (to == null || to.isBlank()) {
            return;
        }
        String tag = "[Ticket#" + ticket.getNumber() + "]";
        String subject = article.getSubject().contains(tag) ? article.getSubject() : tag + " " + article.getSubject();
        String messageId = "<" + ticket.getNumber() + "." + UUID.randomUUID() + "@" + settings.mailDomain() + ">";
        article.thread(messageId, null, null);
        em.persist(new OutboxMessage(article, to, subject, article.getBody(), messageId, null, null, clock.instant()));
    }
}
