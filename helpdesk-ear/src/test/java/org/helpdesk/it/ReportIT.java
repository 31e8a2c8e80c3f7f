package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.STATS_GROUP;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.report.Axis;
import org.helpdesk.report.Frequency;
import org.helpdesk.report.Grouping;
import org.helpdesk.report.Measure;
import org.helpdesk.report.ReportJobs;
import org.helpdesk.report.ReportPeriod;
import org.helpdesk.report.ReportRow;
import org.helpdesk.report.ReportRun;
import org.helpdesk.report.ReportSchedule;
import org.helpdesk.report.ReportScheduler;
import org.helpdesk.report.ReportService;
import org.helpdesk.report.RunStatus;
import org.helpdesk.report.ScheduleForm;
import org.helpdesk.report.Statistic;
import org.helpdesk.report.StatisticRequest;
import org.helpdesk.report.StatisticsService;
import org.helpdesk.shared.PermissionDeniedException;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SLA report job on a generated month of milestones whose figures this test works out on its own,
 * every figure compared; a run stopped half-way and resumed gives what an uninterrupted one gives; and
 * only managers (the stats group) get anything, also through the service.
 */
@ExtendWith(ArquillianExtension.class)
class ReportIT {

    /** March 2001 (UTC): far from the milestones the other tests' tickets write today. */
    private static final LocalDate FIRST = LocalDate.of(2001, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2001, 3, 31);
    private static final Instant FROM = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant TO = LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final int TICKETS = 400;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    ReportService reports;

    @EJB
    ReportJobs jobs;

    @EJB
    TicketService tickets;

    @EJB
    ReportScheduler scheduler;

    @EJB
    StatisticsService statistics;

    @EJB
    TestMailServer mail;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @Inject
    Fixtures fixtures;

    private Agent manager;

    /** A generated milestone, as the job will read it. */
    record Generated(long id, long ticket, String kind, Instant at, boolean openAfter, long queue, int tier, Integer previousTier,
            Instant due, Long minutes) {

        Boolean met() {
            return due == null ? null : !at.isAfter(due);
        }

        boolean inPeriod() {
            return !at.isBefore(FROM) && at.isBefore(TO);
        }
    }

    @BeforeEach
    void setUp() {
        manager = fixtures.agent("gerente", Map.of(STATS_GROUP, Set.of(Permission.RW)));
    }

    @Test
    void everyFigureOfTheJobIsTheOneWorkedOutFromTheMilestones() throws Exception {
        List<Generated> milestones = generate();
        ReportRun run = As.agent(manager.getLogin(), () -> reports.start(period(), Grouping.QUEUE, List.of(), List.of()));
        List<ReportRow> rows = awaitRows(run.getId());

        Map<Long, long[]> expected = expectedCounts(milestones);
        assertEquals(expected.size() + 1, rows.size(), "a row per queue and the total");
        for (ReportRow row : rows) {
            long[] counts = row.isTotal() ? total(expected) : expected.get(row.getGroupKey());
            assertNotNull(counts, "no group " + row.getGroupKey() + " expected");
            String what = row.isTotal() ? "total" : "queue " + row.getGroupKey();
            assertArrayEquals(counts, counts(row), what + ": created, closed, reopened, backlog, first response met/late,"
                    + " update met/late, solution met/late, escalations, moved N1 → N2");
            Long queue = row.isTotal() ? null : row.getGroupKey();
            long[] firstResponse = times(milestones, "FIRST_RESPONSE", queue);
            long[] solution = times(milestones, "CLOSED", queue);
            assertEquals(mean(firstResponse), row.getFirstResponseMean(), what + " first response mean");
            assertEquals(rank(firstResponse, 50), row.getFirstResponseMedian(), what + " first response median");
            assertEquals(rank(firstResponse, 90), row.getFirstResponseP90(), what + " first response p90");
            assertEquals(mean(solution), row.getSolutionMean(), what + " solution mean");
            assertEquals(rank(solution, 50), row.getSolutionMedian(), what + " solution median");
            assertEquals(rank(solution, 90), row.getSolutionP90(), what + " solution p90");
        }
        assertTrue(rows.get(rows.size() - 1).isTotal());
        assertTrue(total(expected)[3] > 0 && total(expected)[11] > 0, "the data has a backlog and moves to N2");

        assertEquals(RunStatus.COMPLETED, As.agent(manager.getLogin(), () -> reports.run(run.getId())).getStatus());
        byte[] csv = As.agent(manager.getLogin(), () -> reports.csv(run.getId(), Locale.forLanguageTag("es")));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("\"Soporte Técnico (N1)\";"));
        byte[] pdf = As.agent(manager.getLogin(), () -> reports.pdf(run.getId(), Locale.ENGLISH));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aRunStoppedHalfWayAndResumedGivesWhatAnUninterruptedRunGives() throws Exception {
        generate();
        ReportRun whole = As.agent(manager.getLogin(), () -> reports.start(period(), Grouping.PRIORITY, List.of(), List.of()));
        List<ReportRow> uninterrupted = awaitRows(whole.getId());

        // the same report in chunks of five, stopped as soon as its first chunks are written
        ReportRun run = jobs.create(period(), Grouping.PRIORITY, List.of(), List.of(), manager.getLogin());
        jobs.launch(run.getId(), null, 5);
        Await.until("the first chunks", () -> jobs.factsWritten(run.getId()) > 0, 60, Duration.ofMillis(5));
        As.agent(manager.getLogin(), () -> {
            reports.stop(run.getId());
            return null;
        });
        Await.until("the run to stop", () -> jobs.run(run.getId()).getStatus() == RunStatus.STOPPED, 60);
        long read = jobs.factsWritten(run.getId());
        assertTrue(read > 0 && read < jobs.run(run.getId()).getExpected(), "stopped half-way: " + read);
        assertEquals(List.of(), As.agent(manager.getLogin(), () -> reports.rows(run.getId())));

        As.agent(manager.getLogin(), () -> {
            reports.restart(run.getId());
            return null;
        });
        List<ReportRow> resumed = awaitRows(run.getId());
        assertEquals(describe(uninterrupted), describe(resumed));
    }

    @Test
    void aScheduleThatComesDueMailsThePdfAndTheCsvThroughTheOutbox() throws Exception {
        generate();
        String address = Fixtures.unique("gerencia") + "@desk.example";
        ReportSchedule schedule = As.agent(manager.getLogin(), () -> reports.saveSchedule(new ScheduleForm(null, 0, "SLA mensual",
                Grouping.QUEUE, List.of(), List.of(), Frequency.MONTHLY, null, 1, LocalTime.of(7, 0), "UTC", List.of(),
                address, "en", true)));
        assertTrue(schedule.getNextDueAt().isAfter(Instant.now()), "due on the next first of a month");
        // the first of April 2001 has come: the report of March is due
        Instant due = Instant.parse("2001-04-01T07:00:00Z");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE report_schedule SET next_due_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.ofInstant(due, ZoneOffset.UTC)));
            update.setLong(2, schedule.getId());
            update.executeUpdate();
        }
        evictCache();
        scheduler.startDue();
        scheduler.startDue(); // a second server asking at once gets nothing: the due time was taken

        List<MimeMessage> received = Await.result("the report mail", () -> Optional.of(mail.receivedBy(address)).filter(m -> !m.isEmpty()), 120);
        Thread.sleep(1000);
        assertEquals(1, mail.receivedBy(address).size(), "one run, one mail");
        MimeMessage message = received.get(0);
        assertTrue(message.getSubject().startsWith("SLA report \"SLA mensual\": Mar 1, 2001"), message.getSubject());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(3, parts.getCount(), "the text, the PDF and the CSV");
        assertTrue(((String) parts.getBodyPart(0).getContent()).contains("/reports/index.xhtml?run="));
        assertEquals("sla-2001-03-01.pdf", parts.getBodyPart(1).getFileName());
        byte[] pdf = parts.getBodyPart(1).getInputStream().readAllBytes();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertEquals("sla-2001-03-01.csv", parts.getBodyPart(2).getFileName());
        String csv = new String(parts.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Queue\",\"Created\",\"Closed\","), csv);

        ReportSchedule after = As.agent(manager.getLogin(), () -> reports.schedule(schedule.getId()));
        assertTrue(after.getNextDueAt().isAfter(Instant.now()), "moved on to the next first of a month");
    }

    @Test
    void aStatisticCountsAndMeasuresWhatTheMilestonesTellByMonthAndQueue() throws Exception {
        List<Generated> milestones = generate();
        ReportPeriod quarter = ReportPeriod.days(LocalDate.of(2001, 2, 1), LocalDate.of(2001, 4, 30), ZoneOffset.UTC);
        Statistic created = As.agent(manager.getLogin(), () -> statistics.compute(
                new StatisticRequest(Measure.CREATED, Axis.MONTH, Axis.QUEUE, quarter, List.of()), Locale.ENGLISH));
        assertEquals(List.of("Feb 2001", "Mar 2001", "Apr 2001"), created.xLabels());
        Map<String, Long> queues = Map.of("Soporte Técnico (N1)", 1L, "Consultoría TI (N2)", 2L);
        for (int month = 0; month < 3; month++) {
            for (int s = 0; s < created.seriesLabels().size(); s++) {
                long queue = queues.get(created.seriesLabels().get(s));
                int monthValue = 2 + month;
                long expected = milestones.stream().filter(m -> m.kind().equals("OPENED") && m.queue() == queue
                        && m.at().atZone(ZoneOffset.UTC).getYear() == 2001 && m.at().atZone(ZoneOffset.UTC).getMonthValue() == monthValue).count();
                assertEquals((double) expected, created.value(month, s), "created in month " + monthValue + ", queue " + queue);
            }
        }

        ReportPeriod march = period();
        Statistic met = As.agent(manager.getLogin(), () -> statistics.compute(
                new StatisticRequest(Measure.FIRST_RESPONSE_MET, Axis.QUEUE, null, march, List.of()), Locale.ENGLISH));
        Statistic mean = As.agent(manager.getLogin(), () -> statistics.compute(
                new StatisticRequest(Measure.SOLUTION_MEAN, Axis.QUEUE, null, march, List.of()), Locale.ENGLISH));
        for (int x = 0; x < met.xLabels().size(); x++) {
            long queue = queues.get(met.xLabels().get(x));
            List<Generated> answers = milestones.stream().filter(Generated::inPeriod)
                    .filter(m -> m.kind().equals("FIRST_RESPONSE") && m.queue() == queue && m.due() != null).toList();
            long inTime = answers.stream().filter(Generated::met).count();
            assertEquals(Math.round(inTime * 1000.0 / answers.size()) / 10.0, met.value(x, 0), "first response in time, queue " + queue);
        }
        for (int x = 0; x < mean.xLabels().size(); x++) {
            long queue = queues.get(mean.xLabels().get(x));
            assertEquals(mean(times(milestones, "CLOSED", queue)), mean.value(x, 0), "mean solution time, queue " + queue);
        }
    }

    @Test
    void onlyManagersGetReportsAndOnlyThoseWithRwStartThem() {
        Agent agent = fixtures.agent("sinstats", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        assertThrows(PermissionDeniedException.class, () -> As.agent(agent.getLogin(), () -> reports.runs(0, 10)));
        assertThrows(PermissionDeniedException.class,
                () -> As.agent(agent.getLogin(), () -> reports.start(period(), Grouping.QUEUE, List.of(), List.of())));
        assertThrows(PermissionDeniedException.class, () -> As.agent(agent.getLogin(), () -> statistics.compute(
                new StatisticRequest(Measure.CREATED, Axis.DAY, null, period(), List.of()), Locale.ENGLISH)));

        Agent reader = fixtures.agent("lector", Map.of(STATS_GROUP, Set.of(Permission.RO)));
        assertNotNull(As.agent(reader.getLogin(), () -> reports.runs(0, 10)));
        assertThrows(PermissionDeniedException.class,
                () -> As.agent(reader.getLogin(), () -> reports.start(period(), Grouping.QUEUE, List.of(), List.of())));
    }

    @Test
    void aTicketsLifeWritesItsMilestonesWithTheTicketAsItWasThen() throws Exception {
        Agent agent = fixtures.agent("hitos", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 2)));
        Ticket answered = As.agent(agent.getLogin(), () -> {
            tickets.addArticle(ticket.getId(), ticket.getVersion(), NewArticle.reply("Re: internet", "Lo revisamos."));
            return tickets.get(ticket.getId());
        });
        As.agent(agent.getLogin(), () -> tickets.close(ticket.getId(), answered.getVersion(), Fixtures.STATE_CLOSED_SUCCESSFUL, null));

        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT kind, queue_id, priority, open_after, "
                        + "business_minutes FROM ticket_milestone WHERE ticket_id = ? ORDER BY occurred_at, id")) {
            select.setLong(1, ticket.getId());
            List<String> found = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1) + " " + rows.getLong(2) + " " + rows.getInt(3) + " " + rows.getBoolean(4)
                            + " " + (rows.getObject(5) == null ? "-" : "timed"));
                }
            }
            assertEquals(List.of("OPENED 1 2 true -", "FIRST_RESPONSE 1 2 true timed", "CLOSED 1 2 false timed"), found);
        }
    }

    /** Changes made with plain SQL are not in the persistence unit's shared cache: forget it. */
    private void evictCache() {
        persistence.getCache().evictAll();
    }

    private static ReportPeriod period() {
        return ReportPeriod.days(FIRST, LAST, ZoneOffset.UTC);
    }

    private List<ReportRow> awaitRows(long runId) throws Exception {
        Await.until("the report " + runId, () -> !jobs.run(runId).getStatus().isActive(), 120);
        ReportRun run = jobs.run(runId);
        assertEquals(RunStatus.COMPLETED, run.getStatus(), "run " + runId + ": " + run.getError());
        return As.agent(manager.getLogin(), () -> reports.rows(runId));
    }

    // ---- the data and the figures worked out here ----

    /**
     * Writes a month of milestones for {@link #TICKETS} tickets: opened from five days before the month to
     * five days after it, then answered, updated, moved between N1 and N2, escalated, closed, reopened
     * or merged at random, some after the month.
     */
    private List<Generated> generate() throws SQLException {
        List<Generated> milestones = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM ticket_milestone WHERE occurred_at < ?")) {
                clear.setTimestamp(1, Timestamp.valueOf(LocalDateTime.of(2002, 1, 1, 0, 0)));
                clear.executeUpdate();
            }
            new TicketGenerator(dataSource).ensure(TICKETS);
            List<Long> ticketIds = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id FROM ticket WHERE created_by = 'generator' ORDER BY id")) {
                while (rows.next() && ticketIds.size() < TICKETS) {
                    ticketIds.add(rows.getLong(1));
                }
            }
            long nextId = reserveIds(connection, TICKETS * 10L);
            Random random = new Random(2001);
            for (long ticket : ticketIds) {
                Instant at = FROM.minus(Duration.ofDays(5)).plusSeconds(random.nextInt(41 * 24 * 3600));
                long queue = 1 + random.nextInt(2);
                boolean open = true;
                boolean answered = false;
                milestones.add(new Generated(nextId++, ticket, "OPENED", at, true, queue, (int) queue, null, null, null));
                for (int step = random.nextInt(8); step > 0; step--) {
                    at = at.plusSeconds(600 + random.nextInt(72 * 3600));
                    Instant due = random.nextInt(10) == 0 ? null : random.nextInt(20) == 0 ? at
                            : at.plusSeconds(random.nextInt(6 * 3600) - 3 * 3600);
                    Long minutes = random.nextInt(10) == 0 ? null : (long) random.nextInt(3000);
                    int choice = random.nextInt(7);
                    if (open && !answered) {
                        answered = true;
                        milestones.add(new Generated(nextId++, ticket, "FIRST_RESPONSE", at, true, queue, (int) queue, null, due, minutes));
                    } else if (open && choice == 0) {
                        milestones.add(new Generated(nextId++, ticket, "UPDATE", at, true, queue, (int) queue, null, due, minutes));
                    } else if (open && choice <= 2) {
                        open = false;
                        milestones.add(new Generated(nextId++, ticket, "CLOSED", at, false, queue, (int) queue, null, due, minutes));
                    } else if (!open && choice == 3) {
                        open = true;
                        milestones.add(new Generated(nextId++, ticket, "REOPENED", at, true, queue, (int) queue, null, null, null));
                    } else if (open && choice == 4) {
                        int previous = (int) queue;
                        queue = 3 - queue;
                        milestones.add(new Generated(nextId++, ticket, "MOVED", at, true, queue, (int) queue, previous, null, null));
                    } else if (open && choice == 5) {
                        milestones.add(new Generated(nextId++, ticket, "ESCALATED", at, true, queue, (int) queue, null, null, null));
                    } else if (open) {
                        open = false;
                        milestones.add(new Generated(nextId++, ticket, "ENDED", at, false, queue, (int) queue, null, null, null));
                        break;
                    }
                }
            }
            insert(connection, milestones, random);
            connection.commit();
        }
        return milestones;
    }

    private static void insert(Connection connection, List<Generated> milestones, Random random) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ticket_milestone (id, version, ticket_id, kind, "
                + "occurred_at, open_after, queue_id, tier, previous_tier, priority, type_id, due_at, business_minutes) "
                + "VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)")) {
            Map<Long, Integer> priorities = new HashMap<>();
            for (Generated m : milestones) {
                insert.setLong(1, m.id());
                insert.setLong(2, m.ticket());
                insert.setString(3, m.kind());
                insert.setTimestamp(4, Timestamp.valueOf(LocalDateTime.ofInstant(m.at(), ZoneOffset.UTC)));
                insert.setBoolean(5, m.openAfter());
                insert.setLong(6, m.queue());
                insert.setInt(7, m.tier());
                if (m.previousTier() == null) {
                    insert.setNull(8, Types.INTEGER);
                } else {
                    insert.setInt(8, m.previousTier());
                }
                insert.setInt(9, priorities.computeIfAbsent(m.ticket(), t -> 1 + random.nextInt(5)));
                if (m.due() == null) {
                    insert.setNull(10, Types.TIMESTAMP);
                } else {
                    insert.setTimestamp(10, Timestamp.valueOf(LocalDateTime.ofInstant(m.due(), ZoneOffset.UTC)));
                }
                if (m.minutes() == null) {
                    insert.setNull(11, Types.BIGINT);
                } else {
                    insert.setLong(11, m.minutes());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long reserveIds(Connection connection, long size) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE id_generator SET gen_value = gen_value + ? WHERE gen_name = 'ids'")) {
            update.setLong(1, size);
            update.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT gen_value FROM id_generator WHERE gen_name = 'ids'")) {
            rows.next();
            return rows.getLong(1) - size + 1;
        }
    }

    /**
     * Per queue: created, closed, reopened, open at the end, first response met and late, update met and
     * late, solution met and late, escalations, moves from tier 1 up.
     */
    private static Map<Long, long[]> expectedCounts(List<Generated> milestones) {
        Map<Long, long[]> byQueue = new TreeMap<>();
        for (Generated m : milestones) {
            if (!m.inPeriod()) {
                continue;
            }
            long[] c = byQueue.computeIfAbsent(m.queue(), q -> new long[12]);
            switch (m.kind()) {
                case "OPENED" -> c[0]++;
                case "CLOSED" -> {
                    c[1]++;
                    count(c, 8, m.met());
                }
                case "REOPENED" -> c[2]++;
                case "FIRST_RESPONSE" -> count(c, 4, m.met());
                case "UPDATE" -> count(c, 6, m.met());
                case "ESCALATED" -> c[10]++;
                case "MOVED" -> {
                    if (m.previousTier() == 1 && m.tier() > 1) {
                        c[11]++;
                    }
                }
                default -> { }
            }
        }
        Map<Long, Generated> lastBeforeEnd = new HashMap<>();
        Comparator<Generated> order = Comparator.comparing(Generated::at).thenComparing(Generated::id);
        for (Generated m : milestones) {
            if (m.at().isBefore(TO)) {
                lastBeforeEnd.merge(m.ticket(), m, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        lastBeforeEnd.values().stream().filter(Generated::openAfter)
                .forEach(m -> byQueue.computeIfAbsent(m.queue(), q -> new long[12])[3]++);
        return byQueue;
    }

    private static void count(long[] counts, int metIndex, Boolean met) {
        if (met != null) {
            counts[met ? metIndex : metIndex + 1]++;
        }
    }

    private static long[] total(Map<Long, long[]> byQueue) {
        long[] sum = new long[12];
        byQueue.values().forEach(c -> {
            for (int i = 0; i < c.length; i++) {
                sum[i] += c[i];
            }
        });
        return sum;
    }

    private static long[] counts(ReportRow row) {
        return new long[] { row.getCreated(), row.getClosed(), row.getReopened(), row.getBacklog(), row.getFirstResponseMet(),
            row.getFirstResponseBreached(), row.getUpdateMet(), row.getUpdateBreached(), row.getSolutionMet(),
            row.getSolutionBreached(), row.getEscalations(), row.getMovedUp() };
    }

    private static long[] times(List<Generated> milestones, String kind, Long queue) {
        return milestones.stream().filter(Generated::inPeriod).filter(m -> m.kind().equals(kind) && m.minutes() != null)
                .filter(m -> queue == null || m.queue() == queue).mapToLong(Generated::minutes).sorted().toArray();
    }

    private static Double mean(long[] sorted) {
        return sorted.length == 0 ? null : Math.round(Arrays.stream(sorted).average().orElseThrow() * 10) / 10.0;
    }

    /** Nearest rank: the smallest value with at least p % of the values at or below it. */
    private static Long rank(long[] sorted, int p) {
        if (sorted.length == 0) {
            return null;
        }
        for (int i = 0; i < sorted.length; i++) {
            if ((i + 1) * 100L >= (long) p * sorted.length) {
                return sorted[i];
            }
        }
        throw new AssertionError();
    }

    private static List<String> describe(List<ReportRow> rows) {
        return rows.stream().map(r -> r.getLabel() + r.isTotal() + Arrays.toString(counts(r)) + r.getFirstResponseMean()
                + r.getFirstResponseMedian() + r.getFirstResponseP90() + r.getSolutionMean() + r.getSolutionMedian()
                + r.getSolutionP90()).toList();
    }
}
