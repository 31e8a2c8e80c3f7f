package org.helpdesk.report;

/**
 * One thing a report counts, as the job's chunks write it to {@code report_fact}: a milestone of the
 * period (its kind) or a ticket open at the period's end ({@link #BACKLOG}), in its group.
 */
record Fact(int part, long milestoneId, String kind, Long groupKey, Boolean met, Long minutes, boolean movedUp) {

    static final String BACKLOG = "BACKLOG";
}
