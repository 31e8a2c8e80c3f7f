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
    MOVED_UP("MOVED", Aggregate.COUNT),
    /** Tickets closed in a first-line (tier 1) queue: solved without escalation to tier 2. */
    CLOSED_FIRST_LINE("CLOSED", Aggregate.COUNT),
    /** Tickets open now (not a count over the period): the backlog, by attribute. */
    OPEN_NOW(null, Aggregate.COUNT);

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

    /** The milestone kind it is measured on, null for {@link #OPEN_NOW} (read from the tickets). */
    String kind() {
        return kind;
    }

    /** What the milestones must further meet, as SQL over {@code ticket_milestone m} ("" for nothing). */
    String condition() {
        return switch (this) {
            case MOVED_UP -> " AND m.previous_tier = 1 AND m.tier > 1";
            case CLOSED_FIRST_LINE -> " AND m.tier = 1";
            default -> "";
        };
    }

    Aggregate aggregate() {
        return aggregate;
    }
}
