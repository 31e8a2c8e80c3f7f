package org.helpdesk.report;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** Notes on the run what made one of its steps fail, for the execution history. */
@Dependent
@Named("slaStepListener")
public class SlaStepListener extends AbstractStepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @EJB
    ReportJobs jobs;

    @Override
    public void afterStep() {
        if (step.getException() != null) {
            jobs.failedWith(SlaPartitions.runId(job), ReportJobs.describe(step.getException()));
        }
    }
}
