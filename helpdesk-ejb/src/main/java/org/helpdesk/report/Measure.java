package org.helpdesk.report;

/** What a statistic counts or measures, from the tickets' milestones. */
public enum Measure {
    /** Tickets opened. */
    CREATED("OPENED", Aggregate.COUNT),
    /** Tickets closed. */
    CLOSED("CLOSED", Aggregate.COUNT),
    /** First answers given. */
    FIRST_RESPONSES("FIRST_RESPONSE", Aggregate.COUNT),
    /** Mean first-response time, in business minutes. */
    FIRST_RESPONSE_MEAN("FIRST_RESPONSE", Aggregate.MEAN),
    /** The 90th percentile of first-response times (nearest rank), in business minutes. */
    FIRST_RESPONSE_P90("FIRST_RESPONSE", Aggregate.P90),
    /** Share of first answers within their target, in percent. */
    FIRST_RESPONSE_MET("FIRST_RESPONSE", Aggregate.PERCENT_MET),
    /** Mean solution time (creation to closing), in business minutes. */
    SOLUTION_MEAN("CLOSED", Aggregate.MEAN),
    /** The 90th percentile of solution times (nearest rank), in business minutes. */
    SOLUTION_P90("CLOSED", Aggregate.P90),
    /** Share of closings within the solution target, in percent. */
    SOLUTION_MET("CLOSED", Aggregate.PERCENT_MET),
    /** Escalations raised (targets missed). */
    ESCALATIONS("ESCALATED", Aggregate.COUNT),
    /** Tickets moved from first-line support (tier 1) to a higher tier. */
    MOVED_UP("MOVED", Aggregate.COUNT);

    /** How the milestones of a group become one number. */
    enum Aggregate {
        COUNT, MEAN, PERCENT_MET, P90
    }

    private final String kind;
    private final Aggregate aggregate;

    Measure(String kind, Aggregate aggregate) {
        this.kind = kind;
        this.aggregate = aggregate;
    }

    String kind() {
        return kind;
    }

    Aggregate aggregate() {
        return aggregate;
    }
}
