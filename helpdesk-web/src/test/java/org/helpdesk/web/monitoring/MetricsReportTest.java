package org.helpdesk.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.helpdesk.monitoring.HealthService;
import org.junit.jupiter.api.Test;

class MetricsReportTest {

    private final AtomicLong counted = new AtomicLong();
    private final Instant start = Instant.parse("2026-12-06T10:00:00Z");

    private MetricsReport report() {
        MetricsReport report = new MetricsReport();
        report.health = new HealthService() {
            @Override
            public Map<String, Long> counters() {
                long n = counted.incrementAndGet();
                Map<String, Long> counters = new LinkedHashMap<>();
                counters.put("helpdesk_tickets_total", 100 + n);
                counters.put("helpdesk_outbox_failed", 0L);
                return counters;
            }
        };
        return report;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }

    @Test
    void theTextIsCountedAtMostOnceInFifteenSeconds() {
        MetricsReport report = report();
        report.clock = at(start);
        MetricsReport.Snapshot first = report.current();
        assertEquals("helpdesk_tickets_total 101\nhelpdesk_outbox_failed 0\n", first.text());
        assertEquals(start, first.countedAt());

        report.clock = at(start.plus(MetricsReport.FRESH_FOR).minusMillis(1));
        assertEquals(first, report.current());
        assertEquals(1, counted.get());

        report.clock = at(start.plus(MetricsReport.FRESH_FOR));
        MetricsReport.Snapshot second = report.current();
        assertEquals(2, counted.get());
        assertEquals("helpdesk_tickets_total 102\nhelpdesk_outbox_failed 0\n", second.text());
        assertEquals(start.plus(Duration.ofSeconds(15)), second.countedAt());
    }
}
