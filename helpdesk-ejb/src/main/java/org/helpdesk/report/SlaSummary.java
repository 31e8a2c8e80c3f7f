package org.helpdesk.report;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** The SLA report's last step: adds up what the parts read into the report's rows. */
@Dependent
@Named("slaSummary")
public class SlaSummary extends AbstractBatchlet {

    @Inject
    JobContext job;

    @EJB
    ReportJobs jobs;

    @Override
    public String process() {
        jobs.summarize(SlaPartitions.runId(job));
        return BatchStatus.COMPLETED.name();
    }
}
