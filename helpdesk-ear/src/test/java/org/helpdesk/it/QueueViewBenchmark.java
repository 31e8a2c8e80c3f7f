package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;

import org.helpdesk.ticket.EscalationService;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How fast the queue view and the zoom answer with 100,000 tickets in the database. Run with
 * {@code mvn verify -Pbench}; the numbers go to helpdesk-ear/target/benchmark.txt. No time limit is
 * asserted: this measures, it does not judge.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QueueViewBenchmark {

    private static final int TICKETS = 100_000;
    private static final int WARM_UP = 3;
    private static final int RUNS = 10;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @EJB
    TicketSearchService search;

    @EJB
    TicketService tickets;

    @EJB
    EscalationService escalations;

    @Test
    @Order(1)
    void queueViewAndZoomWith100000Tickets() throws Exception {
        long start = System.nanoTime();
        int added = new TicketGenerator(dataSource).ensure(TICKETS);
        List<String> report = new ArrayList<>();
        report.add(String.format(Locale.ROOT, "generated %d tickets in %.1f s (%d generated tickets in all)", added,
                (System.nanoTime() - start) / 1e9, TICKETS));

        TicketQuery openInN1 = TicketQuery.openIn(Fixtures.QUEUE_N1);
        long total = As.admin(Fixtures.ADMIN, () -> search.count(TicketQuery.all()));
        report.add("tickets in the database: " + total + ", open in Soporte Técnico (N1): "
                + As.admin(Fixtures.ADMIN, () -> search.count(openInN1)));
        TicketSummary newest = As.admin(Fixtures.ADMIN, () -> search.search(openInN1, TicketSort.CREATED, false, 0, 25)).get(0);

        report.add(measure("queue view, first page of 25, newest first",
                () -> search.search(openInN1, TicketSort.CREATED, false, 0, 25)));
        report.add(measure("queue view, first page of 25, by priority",
                () -> search.search(openInN1, TicketSort.PRIORITY, false, 0, 25)));
        report.add(measure("queue view, page 400 (rows 10,000-10,024)",
                () -> search.search(openInN1, TicketSort.CREATED, false, 10_000, 25)));
        report.add(measure("queue tree with open counts", () -> search.queueOverview()));
        report.add(measure("dashboard: new tickets in my queues", () -> search.newTickets(10)));
        report.add(measure("zoom: ticket, articles and history", () -> {
            tickets.get(newest.id());
            tickets.articles(newest.id());
            return tickets.history(newest.id());
        }));
        TicketQuery text = TicketQuery.all().withText("contraseña");
        report.add(measure("search: text in titles and articles, first page", () -> search.search(text, TicketSort.CREATED, false, 0, 25)));

        Path file = Paths.get(System.getProperty("jboss.home.dir"), "..", "benchmark.txt").normalize();
        write(file, report);
        assertTrue(total >= TICKETS);
    }

    /** The queue view page as the agent's browser gets it over HTTP, rendered with its first 25 tickets. */
    @Test
    @Order(2)
    @RunAsClient
    void queueViewPageOverHttp(@ArquillianResource URL base) throws Exception {
        WebClient browser = new WebClient();
        browser.loginAsAgent(URI.create(base + "login.xhtml"), Fixtures.ADMIN, System.getProperty("it.admin.password"));
        URI queue = URI.create(base + "agent/queues.xhtml?queue=" + Fixtures.QUEUE_N1);
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> page = browser.get(queue);
            assertEquals(200, page.statusCode());
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        Path file = Paths.get(System.getProperty("jboss.home"), "..", "benchmark.txt").normalize();
        write(file, List.of(summary("queue view page over HTTP (login session, 25 rows)", millis)));
    }

    /**
     * The escalation sweep with an escalation event pending on every generated ticket (100,000): one
     * ticket in a thousand is due. The first sweep handles those, the second finds nothing due; both
     * read only the index on the next event's time.
     */
    @Test
    @Order(3)
    void escalationSweepWith100000PendingEvents() throws Exception {
        Instant now = Instant.now();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement all = connection.prepareStatement(
                        "UPDATE ticket SET escalation_event_at = ? WHERE created_by = '" + TicketGenerator.CREATOR + "'");
                PreparedStatement some = connection.prepareStatement("UPDATE ticket SET escalation_event_at = ? WHERE created_by = '"
                        + TicketGenerator.CREATOR + "' AND MOD(id, 1000) = 0")) {
            all.setTimestamp(1, Timestamp.from(now.plus(Duration.ofDays(1))));
            int pending = all.executeUpdate();
            some.setTimestamp(1, Timestamp.from(now.minus(Duration.ofMinutes(1))));
            int due = some.executeUpdate();
            long start = System.nanoTime();
            int handled = escalations.sweep(now);
            double withDue = (System.nanoTime() - start) / 1e6;
            List<Double> idle = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                long t = System.nanoTime();
                escalations.sweep(now);
                if (i >= WARM_UP) {
                    idle.add((System.nanoTime() - t) / 1e6);
                }
            }
            Path file = Paths.get(System.getProperty("jboss.home.dir"), "..", "benchmark.txt").normalize();
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "escalation sweep, %d of %d pending events due: %.1f ms (%.2f ms per ticket, %d raised)",
                    due, pending, withDue, withDue / Math.max(1, due), handled));
            lines.add(summary("escalation sweep, nothing due among " + pending + " events", idle));
            write(file, lines);
        }
    }

    private static String summary(String what, List<Double> millis) {
        Collections.sort(millis);
        return String.format(Locale.ROOT, "%-55s median %7.1f ms   slowest %7.1f ms", what, millis.get(millis.size() / 2),
                millis.get(millis.size() - 1));
    }

    private static String measure(String what, Callable<?> action) {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            long start = System.nanoTime();
            As.admin(Fixtures.ADMIN, action::call);
            if (i >= WARM_UP) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return summary(what, millis);
    }

    /** Adds the lines to the file (the other benchmarks of the run write theirs to it too). */
    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        lines.forEach(line -> System.out.println("[benchmark] " + line));
    }
}
