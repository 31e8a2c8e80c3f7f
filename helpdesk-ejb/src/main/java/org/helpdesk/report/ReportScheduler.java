package org.helpdesk.report;

import java.time.Clock;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Starts the scheduled reports that have come due, every minute. The timer is persistent and kept in
 * the database, so on a cluster one node runs it; each due time is taken under a lock (see
 * {@link ReportJobs#startDue}).
 */
@Singleton
@DependsOn("Migrations")
public class ReportScheduler {

    @EJB
    ReportJobs jobs;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "scheduled reports")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void startDue() {
        for (Long scheduleId : jobs.dueSchedules(clock.instant())) {
            jobs.startDue(scheduleId, clock.instant()).ifPresent(runId -> jobs.launch(runId, null, ReportJobs.CHUNK));
        }
    }
}
