package org.helpdesk.mail.outbound;

import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Hands the outbox messages that are due to the sender, one transaction each and all over one connection to
 * each relay, batch after batch for up to four seconds: as soon as a transaction that queued mail commits
 * ({@link MailDue}), and every five seconds for what is left (mail queued by another server, mail waiting
 * for another attempt). A message the SMTP relay refused stays in the outbox and is tried again later; nothing
 * is lost while the relay is down. One run at a time on each server; a request that comes during a run makes
 * it run once more, so nothing queued meanwhile waits for the timer.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@DependsOn("Migrations") // its timer may fire while the schema is still being migrated at the first start
public class OutboxDelivery {

    private static final int BATCH = 50;
    /** How long one run keeps delivering before it leaves the rest to the next (every 5 s). */
    private static final long BUDGET_MILLIS = 4_000;

    /** Whether a run was asked for since the last one started. */
    private final AtomicBoolean requested = new AtomicBoolean();
    /** Whether a {@link #deliverSoon} call is on its way and no run has started since. */
    private final AtomicBoolean dispatched = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();

    @PersistenceContext
    EntityManager em;

    @EJB
    OutboxSender sender;

    @Resource
    SessionContext context;

    @Inject
    Clock clock;

    @Resource(lookup = "java:jboss/mail/Helpdesk")
    Session mail;

    @Inject
    SenderRelays senders;

    /**
     * A relay that stops answering in the middle of a message must not hold the outbox: without these the
     * mail session waits forever (Jakarta Mail's default), and every message behind waits with it. A timed-out
     * attempt is an ordinary failure, tried again later. Values the server configuration sets are kept.
     */
    public static final String TIMEOUT_MS = "20000";

    @PostConstruct
    void timeouts() {
        Properties properties = mail.getProperties();
        for (String protocol : List.of("smtp", "smtps")) {
            properties.putIfAbsent("mail." + protocol + ".connectiontimeout", TIMEOUT_MS);
            properties.putIfAbsent("mail." + protocol + ".timeout", TIMEOUT_MS);
            properties.putIfAbsent("mail." + protocol + ".writetimeout", TIMEOUT_MS);
        }
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverDue() {
        dispatched.set(false); // (also when a dispatched call never started: the server was stopping)
        requested.set(true);
        // a run in progress sees the request when it ends, and runs again
        while (requested.get() && running.tryLock()) {
            try {
                requested.set(false);
                deliverBatches();
            } finally {
                running.unlock();
            }
        }
    }

    /** {@link #deliverDue} on a thread of its own: mail queued by a transaction goes out as soon as it commits. */
    @Asynchronous
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverSoon() {
        deliverDue();
    }

    /**
     * After the commit of a transaction that queued mail (an observer of a session bean is one of its business
     * methods). One call on its way at a time: a transaction that queued a thousand messages starts one run.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void due(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailDue due) {
        if (dispatched.compareAndSet(false, true)) {
            context.getBusinessObject(OutboxDelivery.class).deliverSoon();
        }
    }

    private void deliverBatches() {
        long deadline = System.currentTimeMillis() + BUDGET_MILLIS;
        try (RelayConnections relays = new RelayConnections(mail, senders)) {
            List<Long> due;
            do {
                due = em.createNamedQuery("OutboxMessage.due", Long.class).setParameter("pending", OutboxStatus.PENDING)
                        .setParameter("now", clock.instant()).setMaxResults(BATCH).getResultList();
                due.forEach(id -> sender.deliver(id, relays));
            } while (due.size() == BATCH && System.currentTimeMillis() < deadline);
        }
    }
}
