package org.helpdesk.web.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpdesk.monitoring.HealthService;

/**
 * The metrics text, counted in the database at most once every {@link #FRESH_FOR}: however often monitoring scrapes,
 * the counts over the ticket and mail tables run at most four times a minute.
 */
@ApplicationScoped
public class MetricsReport {

    /** How long a computed text is served before it is counted again. */
    static final Duration FRESH_FOR = Duration.ofSeconds(15);

    @EJB
    HealthService health;

    @Inject
    Clock clock;

    private Snapshot last;

    /** The metrics in the Prometheus text format and when they were counted. */
    public record Snapshot(String text, Instant countedAt) {
    }

    /** The last snapshot while it is fresh; otherwise a new one. One scrape at a time counts. */
    public synchronized Snapshot current() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(last.countedAt().plus(FRESH_FOR))) {
            last = new Snapshot(text(health.counters()), now);
        }
        return last;
    }

    static String text(Map<String, Long> counters) {
        return counters.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
