package org.helpdesk.api.webhook;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.api.mapping.Mapping;
import org.helpdesk.api.mapping.MappingException;
import org.helpdesk.api.otrs.TicketJson;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.ArticleAdded;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketChanged;

/**
 * Puts a delivery in the web hooks' outbox for each valid web hook an event concerns, in the event's own
 * transaction: the ticket change and the calls it sets off commit together, and nothing is called before that.
 * The payload is rendered now, as the ticket is: {@code {"Event", "Ticket": {…as TicketGet…}, "History" | "Article"}},
 * then mapped as the web hook says. The valid web hooks are kept in memory until one is saved.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class Webhooks {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketJson ticketJson;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    private final AtomicReference<List<Hook>> valid = new AtomicReference<>();

    /** A valid web hook as the outbox needs it. */
    private record Hook(long id, Set<WebhookEvent> events, Long queueId, Integer minPriority, Integer maxPriority, Long typeId,
            Mapping mapping) {

        boolean concerns(WebhookEvent event, Ticket ticket) {
            return events.contains(event) && (queueId == null || queueId.equals(ticket.getQueue().getId()))
                    && (minPriority == null || ticket.getPriority() >= minPriority)
                    && (maxPriority == null || ticket.getPriority() <= maxPriority)
                    && (typeId == null || typeId.equals(ticket.getType().getId()));
        }
    }

    public void changed(@Observes TicketChanged change) {
        WebhookEvent event = WebhookEvent.of(change.change());
        if (event == null || event == WebhookEvent.ARTICLE_ADDED) {
            return; // an added article is announced with its content below
        }
        HistoryEntry entry = change.change();
        queue(event, change.ticket(), () -> Json.createObjectBuilder().add("HistoryType", entry.getType().name())
                .add("Name", entry.getDetail() == null ? "" : entry.getDetail()).add("CreateBy", entry.getCreatedBy())
                .add("CreateTime", TicketJson.time(entry.getCreatedAt())), "History");
    }

    public void articleAdded(@Observes ArticleAdded added) {
        Article article = added.article();
        queue(WebhookEvent.ARTICLE_ADDED, added.ticket(), () -> Json.createObjectBuilder()
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
        JsonObject payload = null;
        for (Hook hook : hooks()) {
            if (!hook.concerns(event, ticket)) {
                continue;
            }
            if (payload == null) {
                payload = Json.createObjectBuilder().add("Event", event.znunyName()).add("Ticket", ticketJson.of(ticket))
                        .add(partName, part.build()).build();
            }
            Webhook webhook = em.getReference(Webhook.class, hook.id());
            WebhookDelivery delivery;
            try {
                delivery = new WebhookDelivery(webhook, event, ticket.getId(), ticket.getNumber(), hook.mapping().apply(payload, event.znunyName(), executor)
                        .toString(), clock.instant());
            } catch (MappingException e) {
                delivery = WebhookDelivery.unrenderable(webhook, event, ticket.getId(), ticket.getNumber(), "The payload's mapping failed: " + e.getMessage(),
                        clock.instant());
            }
            em.persist(delivery);
        }
    }

    private List<Hook> hooks() {
        List<Hook> hooks = valid.get();
        if (hooks == null) {
            hooks = em.createQuery("SELECT w FROM Webhook w WHERE w.valid = TRUE", Webhook.class).getResultStream()
                    .map(w -> new Hook(w.getId(), w.getEvents(),
                            w.getCondition().getQueue() == null ? null : w.getCondition().getQueue().getId(),
                            w.getCondition().getMinPriority(), w.getCondition().getMaxPriority(),
                            w.getCondition().getType() == null ? null : w.getCondition().getType().getId(),
                            Mapping.of(w.getMappingKind(), w.getKeyMap(), w.getValueMap(), w.getStylesheet())))
                    .toList();
            valid.set(hooks);
        }
        return hooks;
    }

    /** Forgets the web hooks once a change is committed. */
    public void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookChanged change) {
        valid.set(null);
    }
}
