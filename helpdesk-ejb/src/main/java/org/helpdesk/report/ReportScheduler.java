package org.helpdesk.report;

import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Starts the scheduled reports that have come due, and the runs its server stopped under, every minute. The timer is persistent and kept in
 * the database, so on a cluster one node runs it; each due time is taken under a lock (see
 * {@link ReportJobs#startDue}).
 */
@Singleton
@Startup
@DependsOn("Migrations")
public class ReportScheduler {

    private static final Logger LOG = Logger.getLogger(ReportScheduler.class.getName());

    @EJB
    ReportJobs jobs;

    @Inject
    Clock clock;

    /** The runs this server was working on when it started: a previous life of it stopped under them. */
    private List<Object[]> interrupted = List.of();

    /** Only reads (a write at deployment met other starting beans' locks on MariaDB); the next minute marks them. */
    @PostConstruct
    void findInterrupted() {
        interrupted = jobs.workingOnThisNode();
    }

    @Schedule(minute = "*", hour = "*", persistent = true, info = "scheduled reports")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void startDue() {
        if (!interrupted.isEmpty()) {
            int marked = jobs.interrupted(interrupted);
            interrupted = List.of();
            if (marked > 0) {
                LOG.warning(() -> marked + " report runs were interrupted when this server stopped; they start again now");
            }
        }
        jobs.resumeInterrupted();
        for (Long scheduleId : jobs.dueSchedules(clock.instant())) {
            jobs.startDue(scheduleId, clock.instant()).ifPresent(runId -> jobs.launch(runId, null, ReportJobs.CHUNK));
        }
    }
}
