package org.helpdesk.monitoring;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.helpdesk.mail.inbound.InboundStatus;
import org.helpdesk.mail.outbound.OutboxStatus;
import org.helpdesk.shared.Counters;
import org.helpdesk.shared.DatabaseKind;
import org.helpdesk.ticket.OpenTicketCounts;

/**
 * What monitoring asks of Helpdesk: whether it can serve (the database answers and holds the
 * schema), and a few counters. Only counts leave here, nothing about tickets or people.
 */
@Stateless
@PermitAll
public class HealthService {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Counters raised;

    @Inject
    OpenTicketCounts openCounts;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    /** Up to this many tickets (by the database's estimate), {@code helpdesk_tickets_total} is an exact count. */
    static final long COUNTED_UP_TO = 100_000;

    /** Null when ready; otherwise why not. */
    public String notReadyBecause() {
        try {
            em.createQuery("SELECT COUNT(s) FROM TicketState s", Long.class).getSingleResult();
            return null;
        } catch (PersistenceException e) {
            return "database: " + e.getClass().getSimpleName();
        }
    }

    /**
     * Counters by name, in the order they are reported. None counts over a table that grows with the desk's
     * history: the open tickets are the shared {@link OpenTicketCounts}, the escalated ones are read
     * through the open tickets' escalation index, the number of all
     * tickets is the database's own estimate where counting would read them all (PostgreSQL, MariaDB), and
     * escalations and received mail are counters raised as they happen ({@link Counters}).
     */
    public Map<String, Long> counters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("helpdesk_tickets_total", ticketsEstimate());
        counters.put("helpdesk_tickets_open", openCounts.snapshot().total());
        // SQL for COUNT(*): JPQL counts the id, which is not in the index, and every escalated ticket's row would be read
        counters.put("helpdesk_tickets_escalated", ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM ticket WHERE is_open = TRUE AND escalation_at <= ?1")
                .setParameter(1, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)) // as InstantConverter stores it
                .getSingleResult()).longValue());
        Map<String, Long> raised = this.raised.all();
        counters.put("helpdesk_escalations_total", raised.getOrDefault("escalations", 0L));
        for (InboundStatus status : InboundStatus.values()) {
            counters.put("helpdesk_mail_received_total{status=\"" + status.name().toLowerCase(Locale.ROOT) + "\"}",
                    raised.getOrDefault("mail_received." + status.name(), 0L));
        }
        counters.put("helpdesk_outbox_pending", count("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status",
                Map.of("status", OutboxStatus.PENDING)));
        counters.put("helpdesk_outbox_failed", count("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status",
                Map.of("status", OutboxStatus.FAILED)));
        return counters;
    }

    /**
     * How many tickets there are: counted while there are few, beyond {@link #COUNTED_UP_TO} the database's
     * statistics (PostgreSQL's {@code reltuples}, InnoDB's row estimate), which follow the table closely.
     */
    private long ticketsEstimate() {
        Number estimate = switch (DatabaseKind.of(dataSource)) {
            case POSTGRESQL -> (Number) em.createNativeQuery(
                    "SELECT CAST(reltuples AS BIGINT) FROM pg_class WHERE oid = CAST('ticket' AS regclass)").getSingleResult();
            case MARIADB -> (Number) em.createNativeQuery("SELECT TABLE_ROWS FROM information_schema.TABLES "
                    + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'ticket'").getSingleResult();
            case H2 -> null; // H2 knows its row count: an exact count costs nothing
        };
        if (estimate != null && estimate.longValue() > COUNTED_UP_TO) {
            return estimate.longValue();
        }
        return count("SELECT COUNT(t) FROM Ticket t", Map.of());
    }

    private long count(String query, Map<String, Object> parameters) {
        var typed = em.createQuery(query, Long.class);
        parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }
}
