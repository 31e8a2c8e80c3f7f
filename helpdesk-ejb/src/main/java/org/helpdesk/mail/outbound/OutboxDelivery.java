package org.helpdesk.mail.outbound;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Every few seconds, hands the outbox messages that are due to the sender, one transaction each,
 * batch after batch for up to four seconds.
 * A message the SMTP relay refused stays in the outbox and is tried again later; nothing is lost
 * while the relay is down.
 */
@Singleton
@DependsOn("Migrations") // its timer may fire while the schema is still being migrated at the first start
public class OutboxDelivery {

    private static final int BATCH = 50;
    /** How long one run keeps delivering before it leaves the rest to the next (every 5 s). */
    private static final long BUDGET_MILLIS = 4_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    OutboxSender sender;

    @Inject
    Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        List<Long> due;
        do {
            due = em.createNamedQuery("OutboxMessage.due", Long.class).setParameter("pending", OutboxStatus.PENDING)
                    .setParameter("now", clock.instant()).setMaxResults(BATCH).getResultList();
            due.forEach(sender::deliver);
        } while (due.size() == BATCH && System.currentTimeMillis() < deadline);
    }
}
