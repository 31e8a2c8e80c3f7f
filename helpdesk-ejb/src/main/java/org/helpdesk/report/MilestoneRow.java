package org.helpdesk.report;

import java.time.Instant;

import org.helpdesk.ticket.MilestoneKind;

/** A ticket milestone as the report job reads it: columns only, no entity. */
public record MilestoneRow(Long id, MilestoneKind kind, Instant occurredAt, Long queueId, Integer tier, Integer previousTier,
        Integer priority, Long typeId, Long serviceId, Long slaId, Long ownerId, Long companyId, Instant dueAt,
        Long businessMinutes) {

    /** Met (true), missed (false) or without a target (null); on the due minute counts as met. */
    Boolean met() {
        return dueAt == null ? null : !occurredAt.isAfter(dueAt);
    }
}
