package org.helpdesk.monitoring;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.helpdesk.mail.inbound.InboundStatus;
import org.helpdesk.mail.outbound.OutboxStatus;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.TicketQuery;

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

    /** Null when ready; otherwise why not. */
    public String notReadyBecause() {
        try {
            em.createQuery("SELECT COUNT(s) FROM TicketState s", Long.class).getSingleResult();
            return null;
        } catch (PersistenceException e) {
            return "database: " + e.getClass().getSimpleName();
        }
    }

    /** Counters by name, in the order they are reported. */
    public Map<String, Long> counters() {
        Map<String, Long> counters = new LinkedHashMap<>();
        counters.put("helpdesk_tickets_total", count("SELECT COUNT(t) FROM Ticket t", Map.of()));
        counters.put("helpdesk_tickets_open", count("SELECT COUNT(t) FROM Ticket t WHERE t.state.type IN :open",
                Map.of("open", TicketQuery.OPEN_TYPES)));
        counters.put("helpdesk_tickets_escalated", count("SELECT COUNT(t) FROM Ticket t WHERE t.escalationAt <= :now",
                Map.of("now", clock.instant())));
        counters.put("helpdesk_escalations_total", count("SELECT COUNT(h) FROM HistoryEntry h WHERE h.type = :type",
                Map.of("type", HistoryType.ESCALATION)));
        for (InboundStatus status : InboundStatus.values()) {
            counters.put("helpdesk_mail_received_total{status=\"" + status.name().toLowerCase(Locale.ROOT) + "\"}",
                    count("SELECT COUNT(m) FROM InboundMail m WHERE m.status = :status", Map.of("status", status)));
        }
        counters.put("helpdesk_outbox_pending", count("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status",
                Map.of("status", OutboxStatus.PENDING)));
        counters.put("helpdesk_outbox_failed", count("SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status",
                Map.of("status", OutboxStatus.FAILED)));
        return counters;
    }

    private long count(String query, Map<String, Object> parameters) {
        var typed = em.createQuery(query, Long.class);
        parameters.forEach(typed::setParameter);
        return typed.getSingleResult();
    }
}
