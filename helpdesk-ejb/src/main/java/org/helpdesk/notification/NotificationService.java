package org.helpdesk.notification;

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

import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketChanges;

/**
 * The notification sweep: gives due pending reminders, then handles the history entries not yet
 * notified (the ticket history is the event log), each in a transaction of its own under a lock,
 * so that every event is notified once even with several nodes.
 */
@Stateless
@PermitAll
public class NotificationService {

    static final int BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    NotificationDispatcher dispatcher;

    @Inject
    TicketChanges changes;

    /** Returns how many events were handled. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(Instant now) {
        NotificationService self = context.getBusinessObject(NotificationService.class);
        for (Long ticketId : em.createNamedQuery("Ticket.remindersDue", Long.class).setParameter("now", now)
                .setMaxResults(BATCH).getResultList()) {
            self.remind(ticketId, now);
        }
        List<Long> entries = em.createNamedQuery("HistoryEntry.toNotify", Long.class).setMaxResults(BATCH).getResultList();
        entries.forEach(id -> self.notify(id, now));
        return entries.size();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void remind(long ticketId, Instant now) {
        Ticket ticket = em.find(Ticket.class, ticketId, LockModeType.PESSIMISTIC_WRITE);
        if (ticket != null && ticket.remind(now)) {
            changes.announce(ticket);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notify(long historyEntryId, Instant now) {
        HistoryEntry entry = em.find(HistoryEntry.class, historyEntryId, LockModeType.PESSIMISTIC_WRITE);
        if (entry != null && !entry.isNotified()) {
            dispatcher.dispatch(entry, now);
            entry.markNotified();
        }
    }
}
