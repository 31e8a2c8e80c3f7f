package org.helpdesk.report;

import jakarta.batch.api.listener.JobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Keeps the run's status as its job goes: running, then completed, stopped or failed. */
@Dependent
@Named("slaReportListener")
public class SlaReportListener implements JobListener {

    @Inject
    JobContext job;

    @EJB
    ReportJobs jobs;

    @Override
    public void beforeJob() {
        jobs.started(SlaPartitions.runId(job), job.getExecutionId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        RunStatus ended = switch (status) {
            case COMPLETED -> RunStatus.COMPLETED;
            case STOPPING, STOPPED -> RunStatus.STOPPED;
            default -> RunStatus.FAILED;
        };
        jobs.ended(SlaPartitions.runId(job), ended);
    }
}
