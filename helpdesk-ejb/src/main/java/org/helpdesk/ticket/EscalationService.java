package org.helpdesk.ticket;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * The escalation sweep: finds the tickets whose next escalation event (a warning threshold or a
 * target) is due, by an index range scan on {@code escalation_event_at}, and raises the events,
 * one ticket per transaction, each crossing once.
 */
@Stateless
@PermitAll
public class EscalationService {

    /** Tickets handled per sweep at most; the rest follow in the next one. */
    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Escalations escalations;

    /** Raises the escalation events due at {@code now}; returns how many tickets had one. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(Instant now) {
        List<Long> due = em.createNamedQuery("Ticket.escalationEventsDue", Long.class).setParameter("now", now)
                .setMaxResults(BATCH).getResultList();
        EscalationService self = context.getBusinessObject(EscalationService.class);
        int raised = 0;
        for (Long id : due) {
            raised += self.escalate(id, now) ? 1 : 0;
        }
        return raised;
    }

    /** Raises one ticket's due events, under a lock so that two nodes never raise them twice. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean escalate(long ticketId, Instant now) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        return ticket != null && !escalations.escalate(ticket, now).isEmpty();
    }
}
