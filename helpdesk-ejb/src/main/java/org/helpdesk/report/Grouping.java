package org.helpdesk.report;

/** What the rows of a report are: one per queue, priority, type, service, SLA, owner or customer company. */
public enum Grouping {
    QUEUE, PRIORITY, TYPE, SERVICE, SLA, OWNER, COMPANY;

    /** The column of {@code ticket_milestone} (alias {@code m}) that holds the group, for SQL that groups by it. */
    String column() {
        return switch (this) {
            case QUEUE -> "m.queue_id";
            case PRIORITY -> "m.priority";
            case TYPE -> "m.type_id";
            case SERVICE -> "m.service_id";
            case SLA -> "m.sla_id";
            case OWNER -> "m.owner_id";
            case COMPANY -> "m.company_id";
        };
    }

    /** The group a milestone falls in: the id (for priorities the level) it records, null for none. */
    Long keyOf(MilestoneRow m) {
        return switch (this) {
            case QUEUE -> m.queueId();
            case PRIORITY -> m.priority().longValue();
            case TYPE -> m.typeId();
            case SERVICE -> m.serviceId();
            case SLA -> m.slaId();
            case OWNER -> m.ownerId();
            case COMPANY -> m.companyId();
        };
    }
}
