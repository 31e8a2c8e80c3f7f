package org.helpdesk.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * One moment of a ticket's service level, with the ticket as it stood then: its queue, priority,
 * type, service, SLA, owner and company, whether it was still worked on afterwards, and for the
 * answers and closings the target that applied and the business time its clock had run. Written
 * once when it happens and never changed, so a report of a past period gives the same figures
 * however the tickets change later. Part of the ticket's history; the reports read it.
 */
@Entity
@Table(name = "ticket_milestone")
public class Milestone extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MilestoneKind kind;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    /** Whether the ticket was still worked on (new, open or pending) after this moment. */
    @Column(name = "open_after", nullable = false)
    private boolean openAfter;

    @Column(name = "queue_id", nullable = false)
    private Long queueId;

    @Column(nullable = false)
    private int tier;

    /** For a move: the tier of the queue it came from. */
    @Column(name = "previous_tier")
    private Integer previousTier;

    @Column(nullable = false)
    private int priority;

    @Column(name = "type_id", nullable = false)
    private Long typeId;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "sla_id")
    private Long slaId;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "company_id")
    private Long companyId;

    /** For answers and closings: when the target was due; null without a target. */
    @Column(name = "due_at")
    private Instant dueAt;

    /** For answers and closings: the business minutes the target's clock had run (pending time left out). */
    @Column(name = "business_minutes")
    private Long businessMinutes;

    protected Milestone() {
    }

    Milestone(Ticket ticket, MilestoneKind kind, Instant occurredAt, Integer previousTier, Instant dueAt, Long businessMinutes) {
        this.ticket = ticket;
        this.kind = kind;
        this.occurredAt = occurredAt;
        this.openAfter = ticket.isOpen();
        this.queueId = ticket.getQueue().getId();
        this.tier = ticket.getQueue().getTier();
        this.previousTier = previousTier;
        this.priority = ticket.getPriority();
        this.typeId = ticket.getType().getId();
        this.serviceId = ticket.getService() == null ? null : ticket.getService().getId();
        this.slaId = ticket.getSla() == null ? null : ticket.getSla().getId();
        this.ownerId = ticket.getOwner() == null ? null : ticket.getOwner().getId();
        this.companyId = ticket.getCompany() == null ? null : ticket.getCompany().getId();
        this.dueAt = dueAt;
        this.businessMinutes = businessMinutes;
    }

    /** Whether the target was met: null when there was none; reaching it on the due minute counts as met. */
    public Boolean getMet() {
        return dueAt == null ? null : !occurredAt.isAfter(dueAt);
    }

    public MilestoneKind getKind() {
        return kind;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public boolean isOpenAfter() {
        return openAfter;
    }

    public Long getQueueId() {
        return queueId;
    }

    public int getTier() {
        return tier;
    }

    public Integer getPreviousTier() {
        return previousTier;
    }

    public int getPriority() {
        return priority;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Long getBusinessMinutes() {
        return businessMinutes;
    }
}
