package org.helpdesk.report;

/** What the rows of a report are: one per queue, priority, type, service, SLA, owner or customer company. */
public enum Grouping {
    QUEUE, PRIORITY, TYPE, SERVICE, SLA, OWNER, COMPANY;

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
