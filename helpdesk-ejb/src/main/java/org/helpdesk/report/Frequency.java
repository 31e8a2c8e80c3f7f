package org.helpdesk.report;

/** How often a scheduled report runs, and so which period it covers. */
public enum Frequency {
    /** Every day, over the day before. */
    DAILY,
    /** Every week on a given day, over the week (Monday to Sunday) before. */
    WEEKLY,
    /** Every month on a given day, over the month before. */
    MONTHLY
}
