package org.helpdesk.report;

/** What a statistic's X axis (or its series) runs over: time in days, weeks or months, or a ticket attribute. */
public enum Axis {
    DAY(null), WEEK(null), MONTH(null),
    QUEUE(Grouping.QUEUE), PRIORITY(Grouping.PRIORITY), TYPE(Grouping.TYPE), SERVICE(Grouping.SERVICE), SLA(Grouping.SLA),
    OWNER(Grouping.OWNER), COMPANY(Grouping.COMPANY);

    private final Grouping attribute;

    Axis(Grouping attribute) {
        this.attribute = attribute;
    }

    /** The ticket attribute, or null for the time axes. */
    Grouping attribute() {
        return attribute;
    }

    public boolean isTime() {
        return attribute == null;
    }
}
