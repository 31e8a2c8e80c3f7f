package org.helpdesk.report;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period a saved statistic covers, relative to the day it is shown or mailed: whole days up to the
 * day before ("last 30 days" on the 1st of June is 2 to 31 May), so a scheduled statistic never counts
 * a day that is still going on.
 */
public enum StatisticSpan {
    LAST_7_DAYS, LAST_30_DAYS, LAST_90_DAYS, LAST_WEEK, LAST_MONTH, LAST_12_MONTHS;

    public ReportPeriod period(LocalDate today, ZoneId zone) {
        LocalDate yesterday = today.minusDays(1);
        return switch (this) {
            case LAST_7_DAYS -> ReportPeriod.days(today.minusDays(7), yesterday, zone);
            case LAST_30_DAYS -> ReportPeriod.days(today.minusDays(30), yesterday, zone);
            case LAST_90_DAYS -> ReportPeriod.days(today.minusDays(90), yesterday, zone);
            case LAST_WEEK -> ReportPeriod.lastWeek(today, zone);
            case LAST_MONTH -> ReportPeriod.lastMonth(today, zone);
            case LAST_12_MONTHS -> ReportPeriod.days(today.withDayOfMonth(1).minusMonths(12), today.withDayOfMonth(1).minusDays(1), zone);
        };
    }
}
