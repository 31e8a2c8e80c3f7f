package org.helpdesk.report;

/**
 * What a statistic's X axis (or its series) runs over: time in days, weeks or months, or an attribute of the
 * ticket. Queue, priority, type, service, SLA, owner and company are those a milestone recorded when it
 * happened; the state and a dropdown dynamic field ({@link StatisticRequest#fieldId()}) are the ticket's now.
 */
public enum Axis {
    DAY(null), WEEK(null), MONTH(null),
    QUEUE(Grouping.QUEUE), PRIORITY(Grouping.PRIORITY), TYPE(Grouping.TYPE), SERVICE(Grouping.SERVICE), SLA(Grouping.SLA),
    OWNER(Grouping.OWNER), COMPANY(Grouping.COMPANY), STATE(null), FIELD(null);

    private final Grouping attribute;

    Axis(Grouping attribute) {
        this.attribute = attribute;
    }

    /** The report grouping it is, or null for the time axes, the state and a field. */
    Grouping attribute() {
        return attribute;
    }

    public boolean isTime() {
        return this == DAY || this == WEEK || this == MONTH;
    }

    /**
     * The column holding the axis' value, for SQL over {@code ticket_milestone m} joined to {@code ticket t}
     * and the field's {@code dynamic_field_value f}, or over the tickets alone ({@code fromMilestones} false).
     */
    String column(boolean fromMilestones) {
        return switch (this) {
            case STATE -> "t.state_id";
            case FIELD -> "f.value_text";
            case COMPANY -> fromMilestones ? "m.company_id" : "t.customer_company_id";
            default -> fromMilestones ? attribute.column() : attribute.column().replace("m.", "t.");
        };
    }
}
