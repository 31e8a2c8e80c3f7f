package org.helpdesk.api.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.api.webhook.WebhookDelivery.Status;

/** Every few seconds, hands the web hook deliveries that are due to the sender, one transaction each. */
@Singleton
@DependsOn("Migrations")
@PermitAll
public class WebhookDispatch {

    private static final Logger LOG = Logger.getLogger(WebhookDispatch.class.getName());
    private static final int BATCH = 50;
    /** How long one run keeps delivering before it leaves the rest to the next (every 5 s). */
    private static final long BUDGET_MILLIS = 4_000;

    @PersistenceContext
    EntityManager em;

    @EJB
    WebhookSender sender;

    @Inject
    Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        deliverDue(clock.instant());
    }

    /** Delivers what is due at {@code now} (the timer passes the clock's time; tests a later one). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue(Instant now) {
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        List<Long> due;
        do {
            due = em.createNamedQuery("WebhookDelivery.due", Long.class).setParameter("pending", Status.PENDING)
                    .setParameter("now", now).setMaxResults(BATCH).getResultList();
            for (long id : due) {
                if (System.currentTimeMillis() >= deadline) {
                    return;
                }
                try {
                    sender.deliver(id, now);
                } catch (RuntimeException e) {
                    // the sender records what it can; whatever escaped it must not stop the deliveries after this one
                    LOG.log(Level.WARNING, "Web hook delivery " + id + " failed", e);
                }
            }
        } while (due.size() == BATCH && System.currentTimeMillis() < deadline);
    }
}
