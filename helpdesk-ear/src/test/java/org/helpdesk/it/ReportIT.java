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
import java.sql.Timestamp;
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
import org.helpdesk.report.SavedStatistic;
import org.helpdesk.report.ScheduleForm;
import org.helpdesk.report.Statistic;
import org.helpdesk.report.StatisticDocuments.ChartType;
import org.helpdesk.report.StatisticForm;
import org.helpdesk.report.StatisticRequest;
import org.helpdesk.report.StatisticSpan;
import org.helpdesk.report.StatisticsService;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.PermissionDeniedException;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.ValidationException;
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
    static final LocalDate FIRST = LocalDate.of(2001, 3, 1);
    static final LocalDate LAST = LocalDate.of(2001, 3, 31);
    static final Instant FROM = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    static final Instant TO = LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    static final int TICKETS = 400;

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

    @BeforeEach
    void setUp() {
        manager = fixtures.agent("gerente", Map.of(STATS_GROUP, Set.of(Permission.RW)));
    }

    @Test
    void everyFigureOfTheJobIsTheOneWorkedOutFromTheMilestones() throws Exception {
        List<ReportData.Generated> milestones = ReportData.generate(dataSource);
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

        // restricted to one queue: its row and a total that is its own; to a type no milestone has: nothing counted
        ReportRun onlyN1 = As.agent(manager.getLogin(), () -> reports.start(period(), Grouping.QUEUE, List.of(1L), List.of()));
        List<ReportRow> n1 = awaitRows(onlyN1.getId());
        assertEquals(2, n1.size(), "queue 1 and the total");
        assertArrayEquals(expected.get(1L), counts(n1.get(0)));
        assertArrayEquals(expected.get(1L), counts(n1.get(1)), "the total is queue 1's");
        ReportRun problems = As.agent(manager.getLogin(), () -> reports.start(period(), Grouping.QUEUE, List.of(), List.of(3L)));
        assertTrue(awaitRows(problems.getId()).stream().allMatch(r -> Arrays.stream(counts(r)).allMatch(c -> c == 0)),
                "the generated milestones are all of type 1");

        assertEquals(RunStatus.COMPLETED, As.agent(manager.getLogin(), () -> reports.run(run.getId())).getStatus());
        byte[] csv = As.agent(manager.getLogin(), () -> reports.csv(run.getId(), Locale.forLanguageTag("es")));
        assertTrue(new String(csv, StandardCharsets.UTF_8).contains("\"Soporte Técnico (N1)\";"));
        byte[] pdf = As.agent(manager.getLogin(), () -> reports.pdf(run.getId(), Locale.ENGLISH));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aRunStoppedHalfWayAndResumedGivesWhatAnUninterruptedRunGives() throws Exception {
        ReportData.generate(dataSource);
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
        ReportData.generate(dataSource);
        String address = Fixtures.unique("gerencia") + "@desk.example";
        ReportSchedule schedule = As.agent(manager.getLogin(), () -> reports.saveSchedule(new ScheduleForm(null, 0, "SLA mensual",
                null, Grouping.QUEUE, List.of(), List.of(), Frequency.MONTHLY, null, 1, LocalTime.of(7, 0), "UTC", List.of(),
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
        List<ReportData.Generated> milestones = ReportData.generate(dataSource);
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
            List<ReportData.Generated> answers = milestones.stream().filter(ReportData.Generated::inPeriod)
                    .filter(m -> m.kind().equals("FIRST_RESPONSE") && m.queue() == queue && m.due() != null).toList();
            long inTime = answers.stream().filter(ReportData.Generated::met).count();
            assertEquals(Math.round(inTime * 1000.0 / answers.size()) / 10.0, met.value(x, 0), "first response in time, queue " + queue);
        }
        Statistic p90 = As.agent(manager.getLogin(), () -> statistics.compute(
                new StatisticRequest(Measure.SOLUTION_P90, Axis.QUEUE, null, march, List.of()), Locale.ENGLISH));
        for (int x = 0; x < mean.xLabels().size(); x++) {
            long queue = queues.get(mean.xLabels().get(x));
            assertEquals(mean(times(milestones, "CLOSED", queue)), mean.value(x, 0), "mean solution time, queue " + queue);
        }
        for (int x = 0; x < p90.xLabels().size(); x++) {
            long queue = queues.get(p90.xLabels().get(x));
            assertEquals(rank(times(milestones, "CLOSED", queue), 90).doubleValue(), p90.value(x, 0), "p90 solution time, queue " + queue);
        }
    }

    @Test
    void aStatisticRunsOverTheTicketsStateAndADropdownFieldComparesMeasuresAndCountsTheOpenTickets() throws Exception {
        List<ReportData.Generated> milestones = ReportData.generate(dataSource);
        List<ReportData.Generated> opened = milestones.stream().filter(m -> m.inPeriod() && m.kind().equals("OPENED")).toList();
        Map<Long, Long> stateOf = new HashMap<>();
        Map<Long, String> stateNames = new HashMap<>();
        Map<Long, String> cityOf = new HashMap<>();
        long fieldId;
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement select = connection.prepareStatement("SELECT t.id, t.state_id, s.name FROM ticket t "
                    + "JOIN ticket_state s ON s.id = t.state_id WHERE t.created_by = 'generator'");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stateOf.put(rows.getLong(1), rows.getLong(2));
                    stateNames.put(rows.getLong(2), rows.getString(3));
                }
            }
            // a dropdown field with a city for two tickets in three (the others have none)
            connection.setAutoCommit(false);
            fieldId = ReportData.reserveIds(connection, 1);
            try (PreparedStatement field = connection.prepareStatement("INSERT INTO dynamic_field (id, version, name, label_es, label_en, "
                    + "field_type, options, position, required, show_agent_new, show_customer_new, show_zoom, show_search, valid) "
                    + "VALUES (?, 0, ?, 'Sede', 'Site', 'DROPDOWN', ?, 90, FALSE, TRUE, FALSE, TRUE, TRUE, TRUE)")) {
                field.setLong(1, fieldId);
                field.setString(2, Fixtures.unique("Sede"));
                field.setString(3, "Lima\nArequipa\nCusco");
                field.executeUpdate();
            }
            List<Long> ticketIds = opened.stream().map(ReportData.Generated::ticket).distinct().toList();
            long valueId = ReportData.reserveIds(connection, ticketIds.size());
            try (PreparedStatement value = connection.prepareStatement(
                    "INSERT INTO dynamic_field_value (id, version, ticket_id, field_id, value_text) VALUES (?, 0, ?, ?, ?)")) {
                String[] cities = {"Lima", "Arequipa", null};
                for (int i = 0; i < ticketIds.size(); i++) {
                    String city = cities[i % 3];
                    if (city != null) {
                        cityOf.put(ticketIds.get(i), city);
                        value.setLong(1, valueId + i);
                        value.setLong(2, ticketIds.get(i));
                        value.setLong(3, fieldId);
                        value.setString(4, city);
                        value.addBatch();
                    }
                }
                value.executeBatch();
            }
            connection.commit();
        }
        ReportPeriod march = period();

        // X axis: the ticket's state now, in the reader's words
        Statistic byState = As.agent(manager.getLogin(), () -> statistics.compute(new StatisticRequest(List.of(Measure.CREATED), Axis.STATE,
                null, null, march, List.of(), List.of()), Locale.ENGLISH));
        Map<String, Double> expectedByState = new HashMap<>();
        opened.forEach(m -> expectedByState.merge(Messages.catalogName(Locale.ENGLISH, "state.", stateNames.get(stateOf.get(m.ticket()))),
                1.0, Double::sum));
        assertTrue(expectedByState.size() > 1, "the generated tickets have several states");
        assertEquals(expectedByState, column(byState, 0));

        // restricted to one state, by queue
        long someState = stateOf.get(opened.get(0).ticket());
        Statistic inState = As.agent(manager.getLogin(), () -> statistics.compute(new StatisticRequest(List.of(Measure.CREATED), Axis.QUEUE,
                null, null, march, List.of(), List.of(someState)), Locale.ENGLISH));
        Map<String, Double> expectedInState = new HashMap<>();
        Map<Long, String> queueNames = Map.of(1L, "Soporte Técnico (N1)", 2L, "Consultoría TI (N2)");
        opened.stream().filter(m -> stateOf.get(m.ticket()) == someState)
                .forEach(m -> expectedInState.merge(queueNames.get(m.queue()), 1.0, Double::sum));
        assertEquals(expectedInState, column(inState, 0));

        // X axis: the dropdown field's value, none for the tickets without one
        Statistic bySite = As.agent(manager.getLogin(), () -> statistics.compute(new StatisticRequest(List.of(Measure.CREATED), Axis.FIELD,
                null, fieldId, march, List.of(), List.of()), Locale.ENGLISH));
        Map<String, Double> expectedBySite = new HashMap<>();
        opened.forEach(m -> expectedBySite.merge(cityOf.getOrDefault(m.ticket(), "(none)"), 1.0, Double::sum));
        assertEquals(expectedBySite, column(bySite, 0));
        assertEquals("Site", bySite.axisLabel());
        assertThrows(ValidationException.class, () -> As.agent(manager.getLogin(), () -> statistics.compute(new StatisticRequest(
                List.of(Measure.CREATED), Axis.FIELD, null, null, march, List.of(), List.of()), Locale.ENGLISH)));

        // measures side by side: created and closed, solved in tier 1 and moved up, per queue
        List<Measure> compared = List.of(Measure.CREATED, Measure.CLOSED, Measure.CLOSED_FIRST_LINE, Measure.MOVED_UP);
        Statistic side = As.agent(manager.getLogin(), () -> statistics.compute(new StatisticRequest(compared, Axis.QUEUE, null, null, march,
                List.of(), List.of()), Locale.ENGLISH));
        assertEquals(List.of("Tickets created", "Tickets closed", "Solved in tier 1", "Moves from N1 to N2"), side.seriesLabels());
        for (int x = 0; x < side.xLabels().size(); x++) {
            long queue = side.xLabels().get(x).equals(queueNames.get(1L)) ? 1 : 2;
            List<ReportData.Generated> inQueue = milestones.stream().filter(m -> m.inPeriod() && m.queue() == queue).toList();
            assertEquals((double) inQueue.stream().filter(m -> m.kind().equals("OPENED")).count(), side.value(x, 0));
            assertEquals((double) inQueue.stream().filter(m -> m.kind().equals("CLOSED")).count(), side.value(x, 1));
            assertEquals((double) inQueue.stream().filter(m -> m.kind().equals("CLOSED") && m.tier() == 1).count(), side.value(x, 2));
            assertEquals((double) inQueue.stream().filter(m -> m.kind().equals("MOVED") && m.previousTier() == 1 && m.tier() > 1).count(),
                    side.value(x, 3));
        }
        assertThrows(ValidationException.class, () -> As.agent(manager.getLogin(), () -> statistics.compute(new StatisticRequest(compared,
                Axis.QUEUE, Axis.PRIORITY, null, march, List.of(), List.of()), Locale.ENGLISH)), "measures or a series, not both");

        // the backlog: the tickets open now in the two queues, whatever the period
        Map<String, Double> openByQueue = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT q.name, t.is_open FROM ticket t JOIN queue q ON q.id = t.queue_id WHERE q.id IN (1, 2)");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                if (rows.getBoolean(2)) {
                    openByQueue.merge(rows.getString(1), 1.0, Double::sum);
                }
            }
        }
        Statistic backlog = As.agent(manager.getLogin(), () -> statistics.compute(new StatisticRequest(List.of(Measure.OPEN_NOW), Axis.QUEUE,
                null, null, march, List.of(1L, 2L), List.of()), Locale.ENGLISH));
        assertEquals(openByQueue, column(backlog, 0));
        assertThrows(ValidationException.class, () -> As.agent(manager.getLogin(), () -> statistics.compute(new StatisticRequest(
                List.of(Measure.OPEN_NOW), Axis.DAY, null, null, march, List.of(), List.of()), Locale.ENGLISH)), "open now is no time series");
    }

    @Test
    void aSavedStatisticOnAScheduleIsMailedOverItsPeriodAsPdfAndCsv() throws Exception {
        List<ReportData.Generated> milestones = ReportData.generate(dataSource);
        String name = Fixtures.unique("Creados y cerrados");
        StatisticForm form = new StatisticForm(name, List.of(Measure.CREATED, Measure.CLOSED), Axis.QUEUE, null, null,
                StatisticSpan.LAST_MONTH, List.of(), List.of(), ChartType.BAR);
        Agent reader = fixtures.agent("lectorest", Map.of(STATS_GROUP, Set.of(Permission.RO)));
        assertThrows(PermissionDeniedException.class, () -> As.agent(reader.getLogin(), () -> statistics.save(form, Locale.ENGLISH)));
        assertThrows(ValidationException.class, () -> As.agent(manager.getLogin(), () -> statistics.save(new StatisticForm(name,
                form.measures(), Axis.QUEUE, null, null, null, List.of(), List.of(), ChartType.BAR), Locale.ENGLISH)), "no relative period");
        SavedStatistic saved = As.agent(manager.getLogin(), () -> statistics.save(form, Locale.ENGLISH));
        assertEquals(form, As.agent(reader.getLogin(), () -> statistics.saved(saved.getId()).toForm()), "read back as saved");
        assertTrue(As.agent(reader.getLogin(), () -> statistics.saved()).contains(new org.helpdesk.report.Choice(saved.getId(), name)));

        String address = Fixtures.unique("direccion") + "@desk.example";
        ReportSchedule schedule = As.agent(manager.getLogin(), () -> reports.saveSchedule(new ScheduleForm(null, 0, "Mensual " + name,
                saved.getId(), null, List.of(), List.of(), Frequency.MONTHLY, null, 1, LocalTime.of(7, 0), "UTC", List.of(),
                address, "en", true)));
        assertThrows(RuleViolationException.class, () -> As.agent(manager.getLogin(), () -> {
            statistics.deleteSaved(saved.getId());
            return null;
        }), "a scheduled statistic stays");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE report_schedule SET next_due_at = ? WHERE id = ?")) {
            update.setTimestamp(1, Timestamp.valueOf(LocalDateTime.of(2001, 4, 1, 7, 0)));
            update.setLong(2, schedule.getId());
            update.executeUpdate();
        }
        evictCache();
        scheduler.startDue();
        scheduler.startDue();

        List<MimeMessage> received = Await.result("the statistic mail", () -> Optional.of(mail.receivedBy(address)).filter(m -> !m.isEmpty()), 120);
        Thread.sleep(1000);
        assertEquals(1, mail.receivedBy(address).size(), "one due time, one mail");
        MimeMessage message = received.get(0);
        assertTrue(message.getSubject().startsWith("Statistic \"Mensual " + name + "\": Mar 1, 2001"), message.getSubject());
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertEquals(3, parts.getCount(), "the text, the PDF and the CSV");
        assertEquals("statistic-2001-03-01.pdf", parts.getBodyPart(1).getFileName());
        byte[] pdf = parts.getBodyPart(1).getInputStream().readAllBytes();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String csv = new String(parts.getBodyPart(2).getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"Queue\",\"Tickets created\",\"Tickets closed\""), csv);
        for (long queue : List.of(1L, 2L)) {
            long created = milestones.stream().filter(m -> m.inPeriod() && m.queue() == queue && m.kind().equals("OPENED")).count();
            long closed = milestones.stream().filter(m -> m.inPeriod() && m.queue() == queue && m.kind().equals("CLOSED")).count();
            String row = "\"" + (queue == 1 ? "Soporte Técnico (N1)" : "Consultoría TI (N2)") + "\",\"" + created + "\",\"" + closed + "\"";
            assertTrue(csv.contains(row), row + " in " + csv);
        }
        ReportSchedule after = As.agent(manager.getLogin(), () -> reports.schedule(schedule.getId()));
        assertTrue(after.getNextDueAt().isAfter(Instant.now()), "moved on to the next first of a month");

        As.agent(manager.getLogin(), () -> {
            reports.deleteSchedule(schedule.getId());
            statistics.deleteSaved(saved.getId());
            return null;
        });
        assertThrows(NotFoundException.class, () -> As.agent(manager.getLogin(), () -> statistics.saved(saved.getId())));
    }

    /** A statistic's values of one series by X label. */
    private static Map<String, Double> column(Statistic statistic, int series) {
        Map<String, Double> values = new HashMap<>();
        for (int x = 0; x < statistic.xLabels().size(); x++) {
            values.put(statistic.xLabels().get(x), statistic.value(x, series));
        }
        return values;
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
     * Per queue: created, closed, reopened, open at the end, first response met and late, update met and
     * late, solution met and late, escalations, moves from tier 1 up.
     */
    private static Map<Long, long[]> expectedCounts(List<ReportData.Generated> milestones) {
        Map<Long, long[]> byQueue = new TreeMap<>();
        for (ReportData.Generated m : milestones) {
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
        Map<Long, ReportData.Generated> lastBeforeEnd = new HashMap<>();
        Comparator<ReportData.Generated> order = Comparator.comparing(ReportData.Generated::at).thenComparing(ReportData.Generated::id);
        for (ReportData.Generated m : milestones) {
            if (m.at().isBefore(TO)) {
                lastBeforeEnd.merge(m.ticket(), m, (a, b) -> order.compare(a, b) >= 0 ? a : b);
            }
        }
        lastBeforeEnd.values().stream().filter(ReportData.Generated::openAfter)
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

    private static long[] times(List<ReportData.Generated> milestones, String kind, Long queue) {
        return milestones.stream().filter(ReportData.Generated::inPeriod).filter(m -> m.kind().equals(kind) && m.minutes() != null)
                .filter(m -> queue == null || m.queue() == queue).mapToLong(ReportData.Generated::minutes).sorted().toArray();
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
