package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.mail.inbound.MailIntake;
import org.helpdesk.monitoring.HealthService;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The health endpoints answer without a login; the metrics only with the token the build gives the server
 * (HELPDESK_METRICS_TOKEN in helpdesk-ear/pom.xml), even from the server's own machine; their counters are real
 * counts, counted at most every 15 seconds.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    /** The server's HELPDESK_METRICS_TOKEN (helpdesk-ear/pom.xml). */
    private static final String METRICS_TOKEN = "it-metrics-token-1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    HealthService health;

    @EJB
    MailIntake intake;

    @Inject
    Fixtures fixtures;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI uri, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsOpen(@ArquillianResource URL base) throws Exception {
        HttpResponse<String> live = get(URI.create(base + "api/health/live"), null);
        assertEquals(200, live.statusCode());
        assertEquals("{\"status\":\"UP\"}", live.body());
        HttpResponse<String> ready = get(URI.create(base + "api/health/ready"), null);
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"UP\""));
    }

    @Test
    void metricsOnlyWithTheConfiguredToken(@ArquillianResource URL base) throws Exception {
        URI metrics = URI.create(base + "api/metrics");
        // the test connects from 127.0.0.1: with a token set, that is not enough
        HttpResponse<String> anonymous = get(metrics, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("Bearer", anonymous.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals(401, get(metrics, "Bearer wrong-token").statusCode());
        assertEquals(401, get(metrics, "Bearer " + METRICS_TOKEN + "x").statusCode());
        assertEquals(401, get(metrics, METRICS_TOKEN).statusCode());
        HttpResponse<String> allowed = get(metrics, "Bearer " + METRICS_TOKEN);
        assertEquals(200, allowed.statusCode());
        for (String counter : new String[] { "helpdesk_tickets_total", "helpdesk_tickets_open", "helpdesk_escalations_total",
                "helpdesk_mail_received_total{status=\"new_ticket\"}", "helpdesk_outbox_pending", "helpdesk_outbox_failed" }) {
            counter(allowed.body(), counter);
        }
        assertTrue(counter(allowed.body(), "helpdesk_tickets_open") <= counter(allowed.body(), "helpdesk_tickets_total"));
    }

    /** Received mail is counted by outcome as it is stored, in the same transaction, not counted over the mail table. */
    @Test
    void receivedMailIsCountedByOutcome() {
        String quarantined = "helpdesk_mail_received_total{status=\"quarantined\"}";
        Map<String, Long> before = health.counters();
        String mail = "From: Ana Torres <ana.torres@cliente.example>\r\nTo: soporte@helpdesk.example\r\n"
                + "Subject: Impresora sin tinta\r\nMessage-ID: <" + Fixtures.unique("metricas") + "@cliente.example>\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nLa impresora no tiene tinta.\r\n";
        MailIntake.Receipt receipt = intake.receive(null, mail.getBytes(StandardCharsets.UTF_8));
        String outcome = "helpdesk_mail_received_total{status=\"" + receipt.status().name().toLowerCase(Locale.ROOT) + "\"}";
        intake.quarantine(null, ("Message-ID: <" + Fixtures.unique("roto") + "@x>\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                "test");
        Map<String, Long> after = health.counters();
        assertEquals(before.get(outcome) + 1, after.get(outcome));
        assertEquals(before.get(quarantined) + 1, after.get(quarantined));
    }

    @Test
    void countersAreRealCountsCountedAtMostEvery15Seconds(@ArquillianResource URL base) throws Exception {
        URI metrics = URI.create(base + "api/metrics");
        Agent agent = fixtures.agent("metricas", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();

        long before = health.counters().get("helpdesk_tickets_total");
        As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
        long after = health.counters().get("helpdesk_tickets_total");
        assertTrue(after >= before + 1, before + " -> " + after);

        // a scrape soon after another gets the same text, though a ticket came in between; should the 15 seconds end
        // between the two, the next pair falls into one period
        for (int attempt = 1;; attempt++) {
            HttpResponse<String> first = get(metrics, "Bearer " + METRICS_TOKEN);
            As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
            HttpResponse<String> second = get(metrics, "Bearer " + METRICS_TOKEN);
            String firstCounted = first.headers().firstValue("Last-Modified").orElseThrow();
            if (firstCounted.equals(second.headers().firstValue("Last-Modified").orElseThrow())) {
                assertEquals(first.body(), second.body());
                break;
            }
            assertTrue(attempt < 3, "counted anew for every scrape: " + firstCounted);
        }
    }

    private static long counter(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\d+)$").matcher(metrics);
        assertTrue(line.find(), name + " in\n" + metrics);
        return Long.parseLong(line.group(1));
    }
}
