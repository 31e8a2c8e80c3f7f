package org.helpdesk.ticket;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * How many open tickets each queue holds in each state: what the queue tree, the queue view's count
 * and the dashboards show. Counted in one query over the open tickets' index and shared by every
 * agent until a ticket changes (a committed {@link TicketChanged} on this server), so however many
 * agents look, the count runs once per change rather than once per page. Changes made on another
 * server of a cluster show within {@link #MAX_AGE}.
 */
@ApplicationScoped
public class OpenTicketCounts {

    /** The longest a snapshot is used without a change seen on this server. */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private final AtomicLong changes = new AtomicLong();
    private Snapshot current;

    /** Open tickets by queue id and state id. */
    public record Snapshot(Map<Long, Map<Long, Long>> byQueueAndState, long changesSeen, Instant countedAt) {

        /** The open tickets of these queues, by state id. */
        public Map<Long, Long> byState(Collection<Long> queueIds) {
            Map<Long, Long> total = new HashMap<>();
            queueIds.forEach(queue -> byQueueAndState.getOrDefault(queue, Map.of())
                    .forEach((state, count) -> total.merge(state, count, Long::sum)));
            return total;
        }

        /** All open tickets. */
        public long total() {
            return byQueueAndState.values().stream().flatMap(byState -> byState.values().stream())
                    .mapToLong(Long::longValue).sum();
        }

        /** The open tickets of one queue. */
        public long inQueue(long queueId) {
            return byQueueAndState.getOrDefault(queueId, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged changed) {
        changes.incrementAndGet();
    }

    /** The counts as of the last change: counted again only when a ticket changed since, or after {@link #MAX_AGE}. */
    public synchronized Snapshot snapshot() {
        long seen = changes.get();
        Instant now = clock.instant();
        if (current == null || current.changesSeen() != seen || now.isAfter(current.countedAt().plus(MAX_AGE))
                || now.isBefore(current.countedAt())) {
            Map<Long, Map<Long, Long>> counts = new HashMap<>();
            // SQL, not JPQL: EclipseLink would join the queue and state tables for their ids, and the count
            // would no longer be read from the index alone
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT queue_id, state_id, COUNT(*) FROM ticket WHERE is_open = TRUE "
                    + "GROUP BY queue_id, state_id").getResultList();
            rows.forEach(row -> counts.computeIfAbsent(((Number) row[0]).longValue(), queue -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
            current = new Snapshot(counts, seen, now);
        }
        return current;
    }
}
