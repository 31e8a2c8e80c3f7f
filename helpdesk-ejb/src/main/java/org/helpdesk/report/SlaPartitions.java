package org.helpdesk.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Splits the SLA report's reading in parts both cores can work on: the period in {@link #SLICES} time
 * slices of its milestones, and the tickets open at its end. The plan follows from the run alone, so
 * a restarted run reads the same parts.
 */
@Dependent
@Named("slaPartitions")
public class SlaPartitions implements PartitionMapper {

    static final int SLICES = 2;

    @Inject
    JobContext job;

    @EJB
    ReportJobs jobs;

    @Override
    public PartitionPlan mapPartitions() {
        ReportRun run = jobs.run(runId(job));
        List<Properties> parts = new ArrayList<>();
        long from = run.getFrom().toEpochMilli();
        long span = run.getTo().toEpochMilli() - from;
        for (int slice = 0; slice < SLICES; slice++) {
            Instant sliceFrom = Instant.ofEpochMilli(from + span * slice / SLICES);
            Instant sliceTo = slice == SLICES - 1 ? run.getTo() : Instant.ofEpochMilli(from + span * (slice + 1) / SLICES);
            parts.add(part(parts.size(), MilestoneReader.PERIOD, sliceFrom, sliceTo, run.getGrouping()));
        }
        parts.add(part(parts.size(), MilestoneReader.BACKLOG, run.getFrom(), run.getTo(), run.getGrouping()));
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(parts.size());
        plan.setThreads(SLICES);
        plan.setPartitionProperties(parts.toArray(Properties[]::new));
        return plan;
    }

    private static Properties part(int number, String source, Instant from, Instant to, Grouping grouping) {
        Properties properties = new Properties();
        properties.setProperty("part", String.valueOf(number));
        properties.setProperty("source", source);
        properties.setProperty("from", from.toString());
        properties.setProperty("to", to.toString());
        properties.setProperty("grouping", grouping.name());
        return properties;
    }

    /** The run a job execution works for: the job parameter, as the job's own property (see sla-report.xml). */
    static long runId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(ReportJobs.RUN_PARAMETER));
    }
}
