package org.helpdesk.api.webhook;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.api.otrs.TicketJson;
import org.helpdesk.shared.Jsons;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.ArticleAdded;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketChanged;

/**
 * Puts a delivery in the web hooks' outbox for each valid web hook an event concerns, in the event's own
 * transaction: the ticket change and the calls it sets off commit together, and nothing is called before that.
 * The payload is written now, as the ticket is: {@code {"Event", "Ticket": {…as TicketGet…}, "History" | "Article"}};
 * the web hook's mapping is applied when it is sent, outside the ticket's transaction. The valid web hooks are
 * kept in memory until one is saved (read in a transaction of their own, so never an older snapshot).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Webhooks {

    private static final Logger LOG = Logger.getLogger(Webhooks.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketJson ticketJson;

    @Inject
    Clock clock;

    @EJB
    WebhookDirectory directory;

    private final AtomicReference<List<WebhookDirectory.Hook>> valid = new AtomicReference<>();
    private final AtomicLong generation = new AtomicLong();

    public void changed(@Observes TicketChanged change) {
        WebhookEvent event = WebhookEvent.of(change.change());
        if (event == null || event == WebhookEvent.ARTICLE_ADDED) {
            return; // an added article is announced with its content below
        }
        HistoryEntry entry = change.change();
        queue(event, change.ticket(), () -> Jsons.object().add("HistoryType", entry.getType().name())
                .add("Name", entry.getDetail() == null ? "" : entry.getDetail()).add("CreateBy", entry.getCreatedBy())
                .add("CreateTime", TicketJson.time(entry.getCreatedAt())), "History");
    }

    public void articleAdded(@Observes ArticleAdded added) {
        Article article = added.article();
        queue(WebhookEvent.ARTICLE_ADDED, added.ticket(), () -> Jsons.object()
                .add("ArticleID", String.valueOf(article.getId()))
                .add("CommunicationChannel", article.getChannel().name())
                .add("SenderType", article.getSender().name().toLowerCase(java.util.Locale.ROOT))
                .add("IsVisibleForCustomer", article.isVisibleForCustomer() ? "1" : "0")
                .add("From", article.getFrom() == null ? "" : article.getFrom())
                .add("Subject", article.getSubject() == null ? "" : article.getSubject())
                .add("Body", article.getBody() == null ? "" : article.getBody())
                .add("CreateTime", TicketJson.time(article.getCreatedAt())), "Article");
    }

    private interface Part {
        JsonObjectBuilder build();
    }

    private void queue(WebhookEvent event, Ticket ticket, Part part, String partName) {
        String payload = null;
        for (WebhookDirectory.Hook hook : hooks()) {
            if (!hook.concerns(event, ticket)) {
                continue;
            }
            if (payload == null) {
                try {
                    payload = Jsons.object().add("Event", event.znunyName()).add("Ticket", ticketJson.of(ticket))
                            .add(partName, part.build()).build().toString();
                } catch (RuntimeException e) {
                    // a web hook must never undo the ticket change it reports
                    LOG.log(Level.SEVERE, "No web hook payload for ticket " + ticket.getId() + " (" + event + ")", e);
                    return;
                }
            }
            em.persist(new WebhookDelivery(em.getReference(Webhook.class, hook.id()), event, ticket.getId(), ticket.getNumber(), payload,
                    clock.instant()));
        }
    }

    /** The valid web hooks; read again after a save, and kept only when no save came in between. */
    private List<WebhookDirectory.Hook> hooks() {
        List<WebhookDirectory.Hook> hooks = valid.get();
        if (hooks == null) {
            long seen = generation.get();
            hooks = directory.valid();
            if (generation.get() == seen) {
                valid.compareAndSet(null, hooks);
            }
        }
        return hooks;
    }

    /** Forgets the web hooks once a change is committed. */
    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookChanged change) {
        generation.incrementAndGet();
        valid.set(null);
    }
}
