package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The health and metrics endpoints answer without a login, and the counters are real counts. */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @Inject
    Fixtures fixtures;

    @Test
    void liveReadyAndMetrics(@ArquillianResource URL base) throws Exception {
        WebClient client = new WebClient();
        HttpResponse<String> live = client.get(URI.create(base + "api/health/live"));
        assertEquals(200, live.statusCode());
        assertEquals("{\"status\":\"UP\"}", live.body());
        HttpResponse<String> ready = client.get(URI.create(base + "api/health/ready"));
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"UP\""));

        HttpResponse<String> metrics = client.get(URI.create(base + "api/metrics"));
        assertEquals(200, metrics.statusCode());
        for (String counter : new String[] { "helpdesk_tickets_total", "helpdesk_tickets_open", "helpdesk_escalations_total",
                "helpdesk_mail_received_total{status=\"new_ticket\"}", "helpdesk_outbox_pending", "helpdesk_outbox_failed" }) {
            Matcher line = Pattern.compile("(?m)^" + Pattern.quote(counter) + " (\\d+)$").matcher(metrics.body());
            assertTrue(line.find(), counter + " in\n" + metrics.body());
        }
        long before = counter(metrics.body(), "helpdesk_tickets_total");
        assertTrue(counter(metrics.body(), "helpdesk_tickets_open") <= before);

        Agent agent = fixtures.agent("metricas", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
        long after = counter(client.get(URI.create(base + "api/metrics")).body(), "helpdesk_tickets_total");
        assertTrue(after >= before + 1, before + " -> " + after);
    }

    private static long counter(String metrics, String name) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + " (\\d+)$").matcher(metrics);
        assertTrue(line.find(), name);
        return Long.parseLong(line.group(1));
    }
}
