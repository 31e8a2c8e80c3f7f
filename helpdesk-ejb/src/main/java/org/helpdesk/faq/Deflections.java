package org.helpdesk.faq;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.ticket.TicketCreated;

/**
 * A new ticket of a customer who opened suggested FAQ articles within {@link KnowledgeBase#SETTLED}:
 * those articles did not deflect it. Noted in the ticket's own transaction, whatever channel opened it.
 */
@ApplicationScoped
public class Deflections {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void created(@Observes(during = TransactionPhase.IN_PROGRESS) TicketCreated created) {
        if (created.ticket().getCustomer() == null) {
            return;
        }
        em.createQuery("UPDATE SuggestionOpened o SET o.ticketId = :ticket WHERE o.customerId = :customer "
                + "AND o.ticketId IS NULL AND o.openedAt >= :since")
                .setParameter("ticket", created.ticket().getId())
                .setParameter("customer", created.ticket().getCustomer().getId())
                .setParameter("since", clock.instant().minus(KnowledgeBase.SETTLED)).executeUpdate();
    }
}
