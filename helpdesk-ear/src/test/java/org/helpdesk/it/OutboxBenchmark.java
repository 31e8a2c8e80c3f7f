package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.helpdesk.mail.outbound.MailOutbox;
import org.helpdesk.mail.outbound.OutboxStatus;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast the outbox hands mail to the SMTP relay (GreenMail in the server, so the relay costs little): how long a
 * message waits between the commit that queued it and its arrival at the relay, and how many messages a second
 * go out of a burst queued in one transaction (an escalation mails a whole group). Run with
 * {@code mvn verify -Pbench -Dit.test=OutboxBenchmark}; the numbers are added to helpdesk-ear/target/benchmark.txt. No
 * time limit is asserted: this measures, it does not judge.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxBenchmark {

    private static final int SINGLE_MESSAGES = 20;
    private static final int BURST = Integer.getInteger("bench.outbox.burst", 2_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Inject
    MailOutbox outbox;

    @EJB
    TestMailServer relay;

    @PersistenceContext
    EntityManager em;

    @Inject
    UserTransaction transaction;

    @Test
    void fromCommitToRelay() throws Exception {
        List<String> report = new ArrayList<>();

        List<Double> waits = new ArrayList<>();
        for (int i = 0; i < SINGLE_MESSAGES; i++) {
            String to = "espera-" + UUID.randomUUID() + "@cliente.example";
            transaction.begin();
            outbox.send(to, "Aviso " + i, "Un aviso.");
            transaction.commit();
            long committed = System.nanoTime();
            while (relay.receivedBy(to).isEmpty()) {
                Thread.sleep(5);
            }
            waits.add((System.nanoTime() - committed) / 1e6);
        }
        Collections.sort(waits);
        report.add(String.format(Locale.ROOT, "one message, commit to relay: median %.0f ms, slowest %.0f ms (%d messages)",
                waits.get(waits.size() / 2), waits.get(waits.size() - 1), waits.size()));

        String burst = "ráfaga-" + UUID.randomUUID();
        transaction.begin();
        for (int i = 0; i < BURST; i++) {
            outbox.send("agente" + i + "@mesa.example", burst + " " + i, "Escalamiento: el ticket venció.");
        }
        transaction.commit();
        long committed = System.nanoTime();
        long pending;
        do {
            Thread.sleep(20);
            pending = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.subject LIKE :burst AND m.status = :pending",
                    Long.class).setParameter("burst", burst + " %").setParameter("pending", OutboxStatus.PENDING)
                    .getSingleResult();
        } while (pending > 0);
        double seconds = (System.nanoTime() - committed) / 1e9;
        long delivered = em.createQuery("SELECT COUNT(m) FROM OutboxMessage m WHERE m.subject LIKE :burst AND m.status = :sent",
                Long.class).setParameter("burst", burst + " %").setParameter("sent", OutboxStatus.SENT).getSingleResult();
        assertEquals(BURST, delivered);
        report.add(String.format(Locale.ROOT, "a burst of %d messages queued in one transaction: all at the relay in %.1f s, "
                + "%.0f messages/s", BURST, seconds, BURST / seconds));

        Path file = Paths.get(System.getProperty("jboss.home.dir"), "..", "benchmark.txt").normalize();
        Files.write(file, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        report.forEach(line -> System.out.println("[benchmark] " + line));
    }
}
