package org.helpdesk.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.ValidationException;

/**
 * What the report job itself does in the database, in transactions of its own: keeps the run's status
 * and adds up the facts its chunks wrote into the report's rows. Called by the job's artifacts and by
 * {@link ReportService}, which checks who may; nothing here is for callers from outside.
 */
@Stateless
public class ReportJobs {

    /** The job parameter naming the run. */
    public static final String RUN_PARAMETER = "runId";
    public static final String JOB = "sla-report";
    /** This server, as WildFly names it ({@code jboss.node.name}, the host name unless set). */
    static final String NODE = System.getProperty("jboss.node.name", "helpdesk");
    /** How many items a chunk of the job reads before it commits and keeps a checkpoint. */
    public static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(ReportJobs.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    @Inject
    Clock clock;

    @Inject
    ReportDelivery delivery;

    @Inject
    StatisticEngine engine;

    @EJB
    ReportJobs self;

    public ReportRun run(long id) {
        ReportRun run = em.find(ReportRun.class, id);
        if (run == null) {
            throw new NotFoundException("report", id);
        }
        return run;
    }

    public ReportRun create(ReportPeriod period, Grouping grouping, List<Long> queueIds, List<Long> typeIds, String startedBy) {
        ReportRun run = new ReportRun(period, grouping, queueIds, typeIds, startedBy, clock.instant());
        run.runsOn(NODE);
        em.persist(run);
        return run;
    }

    /**
     * Starts the run's job, or restarts it from the checkpoints of {@code previousExecution}, reading
     * {@code chunkSize} items per chunk; the job works on in the background.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void launch(long runId, Long previousExecution, int chunkSize) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_PARAMETER, String.valueOf(runId));
        parameters.setProperty("chunk", String.valueOf(chunkSize));
        JobOperator operator = BatchRuntime.getJobOperator();
        self.runsHere(runId);
        long execution = previousExecution == null ? operator.start(JOB, parameters) : operator.restart(previousExecution, parameters);
        self.launched(runId, execution);
    }

    /** The run's job is about to run on this server (a restart may run on another server than the start). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void runsHere(long runId) {
        locked(runId).runsOn(NODE);
    }

    /**
     * Notes the execution now working for the run, and for a restart that it is starting again, unless
     * the job's listener got there first (every change of a run's status takes the run's row lock).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void launched(long runId, long executionId) {
        ReportRun run = locked(runId);
        if (run.getStatus() == RunStatus.STOPPED || run.getStatus() == RunStatus.FAILED || run.getStatus() == RunStatus.INTERRUPTED) {
            run.launched(executionId);
        } else if (run.getExecutionId() == null) {
            run.launched(executionId);
        }
    }

    /**
     * The run, its status brought in line with its job's: a job that failed before its listener could
     * tell (an artifact that could not be made, say) leaves the run active otherwise.
     */
    public ReportRun current(long runId) {
        ReportRun run = run(runId);
        if (run.getStatus().isActive() && run.getExecutionId() != null) {
            BatchStatus status = BatchRuntime.getJobOperator().getJobExecution(run.getExecutionId()).getBatchStatus();
            if (status == BatchStatus.FAILED || status == BatchStatus.ABANDONED || status == BatchStatus.STOPPED) {
                run = locked(runId);
                if (run.getStatus().isActive()) {
                    run.ended(status == BatchStatus.STOPPED ? RunStatus.STOPPED : RunStatus.FAILED, clock.instant());
                }
            }
        }
        return run;
    }

    private ReportRun locked(long runId) {
        ReportRun run = em.find(ReportRun.class, runId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new NotFoundException("report", runId);
        }
        return run;
    }

    /** The job execution now working for the run, and about how much it will read. */
    public void started(long runId, long executionId) {
        ReportRun run = locked(runId);
        long expected = em.createQuery("SELECT COUNT(m) FROM Milestone m WHERE m.occurredAt >= :from AND m.occurredAt < :to", Long.class)
                .setParameter("from", run.getFrom()).setParameter("to", run.getTo()).getSingleResult();
        run.started(executionId, expected, NODE);
    }

    /** Ends the run; a scheduled run that completed goes to its recipients by mail, with the end. */
    public void ended(long runId, RunStatus status) {
        ReportRun run = locked(runId);
        run.ended(status, clock.instant());
        if (status == RunStatus.COMPLETED && run.getScheduleId() != null && !run.isDelivered()) {
            try {
                delivery.deliver(run, rows(runId));
                run.delivered();
            } catch (RuntimeException e) {
                // the run has its result all the same: it ends, and its history tells why no mail went out
                LOG.log(java.util.logging.Level.SEVERE, "Report run " + runId + " finished but could not be mailed", e);
                run.failedWith("mail: " + e);
            }
        }
    }

    public List<ReportRow> rows(long runId) {
        return em.createNamedQuery("ReportRow.ofRun", ReportRow.class).setParameter("run", runId).getResultList();
    }

    /** The runs this server was working on (id and job execution), read at its start: before it runs any. */
    public List<Object[]> workingOnThisNode() {
        return em.createQuery("SELECT r.id, r.executionId FROM ReportRun r WHERE r.status IN :working AND r.node = :node", Object[].class)
                .setParameter("working", List.of(RunStatus.STARTING, RunStatus.RUNNING)).setParameter("node", NODE).getResultList();
    }

    /**
     * Marks interrupted the runs this server was working on when it stopped (a crash, a kill: their job
     * executions will never end), unless one has been started again since (its execution changed). JBeret
     * cannot restart such an execution; {@link #resumeInterrupted} starts them again.
     */
    public int interrupted(List<Object[]> working) {
        int marked = 0;
        for (Object[] run : working) {
            ReportRun locked = em.find(ReportRun.class, run[0], LockModeType.PESSIMISTIC_WRITE);
            if (locked != null && locked.getStatus().isActive() && java.util.Objects.equals(locked.getExecutionId(), run[1])) {
                locked.ended(RunStatus.INTERRUPTED, clock.instant());
                marked++;
            }
        }
        return marked;
    }

    /**
     * Starts the interrupted runs again, each as a new job execution that reads its parts from the start
     * (their writers first clear what the interrupted one wrote): the result is an uninterrupted run's.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void resumeInterrupted() {
        for (Long runId : em.createQuery("SELECT r.id FROM ReportRun r WHERE r.status = :interrupted ORDER BY r.id", Long.class)
                .setParameter("interrupted", RunStatus.INTERRUPTED).setMaxResults(10).getResultList()) {
            self.launch(runId, null, CHUNK);
        }
    }

    /** The schedules whose time has come. */
    public List<Long> dueSchedules(Instant now) {
        return em.createNamedQuery("ReportSchedule.due", Long.class).setParameter("now", now).setMaxResults(50).getResultList();
    }

    /**
     * Takes one due time of a schedule: locked, so that two servers never both take it; creates its run
     * and moves the schedule to its next due time. Empty when another server took it first, and for a
     * saved statistic, which is computed and put in the outbox at once, in this transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> startDue(long scheduleId, Instant now) {
        ReportSchedule schedule = em.find(ReportSchedule.class, scheduleId, LockModeType.PESSIMISTIC_WRITE);
        if (schedule == null || !schedule.isValid() || schedule.getNextDueAt().isAfter(now)) {
            return Optional.empty();
        }
        if (schedule.getStatistic() != null) {
            ZoneId zone = schedule.getRecurrence().zone();
            StatisticForm form = schedule.getStatistic().toForm();
            StatisticRequest request = form.request(schedule.getNextDueAt().atZone(zone).toLocalDate(), zone);
            try {
                delivery.deliver(schedule, locale -> engine.compute(request, locale), form.chartType());
            } catch (ValidationException e) {
                // the statistic no longer holds (its field was changed): the schedule moves on, a manager sees why in the log
                LOG.warning(() -> "Scheduled statistic " + schedule.getName() + " not mailed: " + e.getMessage());
            }
            schedule.started(now);
            return Optional.empty();
        }
        ReportRun run = ReportRun.scheduled(schedule, schedule.getRecurrence().periodFor(schedule.getNextDueAt()), now);
        run.runsOn(NODE);
        em.persist(run);
        schedule.started(now);
        em.flush();
        return Optional.of(run.getId());
    }

    public void failedWith(long runId, String error) {
        locked(runId).failedWith(error);
    }

    /** How many facts the run's chunks have written so far: its progress. */
    public long factsWritten(long runId) {
        return sql(connection -> {
            try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM report_fact WHERE run_id = ?")) {
                count.setLong(1, runId);
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    return rows.getLong(1);
                }
            }
        });
    }

    /**
     * Adds up the run's facts by group into its rows (one per group, ordered by name, and the total)
     * and removes the facts. Counts are added up by the database; the response and solution times of
     * each group are read in order of size to give their mean and percentiles.
     */
    public void summarize(long runId) {
        ReportRun run = locked(runId);
        Map<Long, Tally> groups = new HashMap<>();
        Tally total = new Tally();
        sql(connection -> {
            try (PreparedStatement counts = connection.prepareStatement("SELECT kind, group_key, COUNT(*), "
                    + "SUM(CASE WHEN met = 1 THEN 1 ELSE 0 END), SUM(CASE WHEN met = 0 THEN 1 ELSE 0 END), SUM(moved_up) "
                    + "FROM report_fact WHERE run_id = ? GROUP BY kind, group_key")) {
                counts.setLong(1, runId);
                try (ResultSet rows = counts.executeQuery()) {
                    while (rows.next()) {
                        Long key = nullable(rows, 2);
                        int count = rows.getInt(3);
                        int met = rows.getInt(4);
                        int breached = rows.getInt(5);
                        int moved = rows.getInt(6);
                        groups.computeIfAbsent(key, k -> new Tally()).add(rows.getString(1), count, met, breached, moved);
                        total.add(rows.getString(1), count, met, breached, moved);
                    }
                }
            }
            times(connection, runId, "FIRST_RESPONSE", groups, total, true);
            times(connection, runId, "CLOSED", groups, total, false);
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM report_fact WHERE run_id = ?")) {
                clear.setLong(1, runId);
                clear.executeUpdate();
            }
            return null;
        });
        em.createNamedQuery("ReportRow.deleteOfRun").setParameter("run", runId).executeUpdate();
        Map<Long, String> labels = new ReportLabels(em).of(run.getGrouping(), groups.keySet());
        List<Long> keys = new ArrayList<>(groups.keySet());
        keys.sort(Comparator.comparing((Long k) -> k == null).thenComparing(k -> labels.getOrDefault(k, ""),
                String.CASE_INSENSITIVE_ORDER).thenComparing(k -> k, Comparator.nullsLast(Comparator.naturalOrder())));
        int position = 0;
        for (Long key : keys) {
            em.persist(new ReportRow(run, position++, key, key == null ? "" : labels.getOrDefault(key, "#" + key), false, groups.get(key)));
        }
        em.persist(new ReportRow(run, position, null, "", true, total));
    }

    /** Reads the times of one kind, ordered, and gives each group and the total their durations. */
    private static void times(Connection connection, long runId, String kind, Map<Long, Tally> groups, Tally total,
            boolean firstResponse) throws SQLException {
        Map<Long, LongList> byGroup = new HashMap<>();
        LongList all = new LongList();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT group_key, minutes FROM report_fact WHERE run_id = ? AND kind = ? AND minutes IS NOT NULL")) {
            select.setFetchSize(10_000);
            select.setLong(1, runId);
            select.setString(2, kind);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long minutes = rows.getLong(2);
                    byGroup.computeIfAbsent(nullable(rows, 1), k -> new LongList()).add(minutes);
                    all.add(minutes);
                }
            }
        }
        byGroup.forEach((key, values) -> {
            Tally tally = groups.computeIfAbsent(key, k -> new Tally());
            if (firstResponse) {
                tally.firstResponseTimes = values.durations();
            } else {
                tally.solutionTimes = values.durations();
            }
        });
        if (firstResponse) {
            total.firstResponseTimes = all.durations();
        } else {
            total.solutionTimes = all.durations();
        }
    }

    private static Long nullable(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }

    private <T> T sql(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Report " + e.getMessage(), e);
        }
    }

    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + Objects.toString(root.getMessage(), "");
    }
}
