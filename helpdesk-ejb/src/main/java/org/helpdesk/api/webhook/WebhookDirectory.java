package org.helpdesk.api.webhook;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCondition;

/** The valid web hooks as the outbox needs them, read in a transaction of their own (the latest committed ones). */
@Stateless
@PermitAll
public class WebhookDirectory {

    @PersistenceContext
    EntityManager em;

    /** A valid web hook: its events and the ticket condition, by ids. */
    public record Hook(long id, Set<WebhookEvent> events, Long queueId, Integer minPriority, Integer maxPriority, Long typeId) {

        boolean concerns(WebhookEvent event, Ticket ticket) {
            return events.contains(event) && (queueId == null || queueId.equals(ticket.getQueue().getId()))
                    && (minPriority == null || ticket.getPriority() >= minPriority)
                    && (maxPriority == null || ticket.getPriority() <= maxPriority)
                    && (typeId == null || typeId.equals(ticket.getType().getId()));
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Hook> valid() {
        return em.createQuery("SELECT w FROM Webhook w WHERE w.valid = TRUE", Webhook.class).getResultStream().map(w -> {
            TicketCondition condition = w.getCondition();
            return new Hook(w.getId(), w.getEvents(), condition.getQueue() == null ? null : condition.getQueue().getId(),
                    condition.getMinPriority(), condition.getMaxPriority(), condition.getType() == null ? null : condition.getType().getId());
        }).toList();
    }
}
