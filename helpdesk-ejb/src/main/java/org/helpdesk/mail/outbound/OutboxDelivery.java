package org.helpdesk.mail.outbound;

import java.time.Clock;
import java.util.List;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Every few seconds, hands the outbox messages that are due to the sender, one transaction each and all
 * over one connection to each relay, batch after batch for up to four seconds.
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
