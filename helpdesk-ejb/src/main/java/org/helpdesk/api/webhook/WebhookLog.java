package org.helpdesk.api.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.api.webhook.WebhookDelivery.Status;

/**
 * Every night, removes from the delivery log what is done (delivered or failed for good) and older than
 * {@link #KEPT}, payloads included. A bean of its own, so that it never waits for (nor holds up) the
 * deliveries of {@link WebhookDispatch}.
 */
@Stateless
@PermitAll
public class WebhookLog {

    private static final Logger LOG = Logger.getLogger(WebhookLog.class.getName());
    /** How long the delivery log keeps a delivery that is done. */
    public static final Duration KEPT = Duration.ofDays(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void purge() {
        int removed = purge(clock.instant());
        if (removed > 0) {
            LOG.info(() -> "Web hook delivery log: " + removed + " deliveries older than " + KEPT.toDays() + " days removed");
        }
    }

    /** Removes the deliveries created before {@code now} minus {@link #KEPT} that are no longer pending; returns how many. */
    public int purge(Instant now) {
        return em.createQuery("DELETE FROM WebhookDelivery d WHERE d.status <> :pending AND d.createdAt < :before")
                .setParameter("pending", Status.PENDING).setParameter("before", now.minus(KEPT)).executeUpdate();
    }
}
