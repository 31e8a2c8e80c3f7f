package org.helpdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.audit.AuditListener;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.BaseEntity;

/**
 * What happens when a ticket reaches a priority, a warning threshold or a target: it may be moved
 * to another queue, get another priority or a responsible agent, and the owner or a group may be
 * told by e-mail. A rule applies to the tickets that meet its {@link TicketCondition}.
 */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "escalation_rule")
@NamedQuery(name = "EscalationRule.all", query = "SELECT r FROM EscalationRule r ORDER BY r.position, r.name")
@NamedQuery(name = "EscalationRule.count", query = "SELECT COUNT(r) FROM EscalationRule r")
@NamedQuery(name = "EscalationRule.valid",
        query = "SELECT r FROM EscalationRule r WHERE r.valid = TRUE AND r.trigger = :trigger ORDER BY r.position, r.name")
@NamedQuery(name = "EscalationRule.byName", query = "SELECT r FROM EscalationRule r WHERE r.name = :name")
public class EscalationRule extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind", nullable = false, length = 20)
    private EscalationTrigger trigger;

    @Embedded
    private TicketCondition condition;

    @ManyToOne
    @JoinColumn(name = "move_to_queue_id")
    private Queue moveTo;

    @Column(name = "set_priority")
    private Integer setPriority;

    @ManyToOne
    @JoinColumn(name = "responsible_id")
    private Agent responsible;

    @ManyToOne
    @JoinColumn(name = "notify_group_id")
    private AgentGroup notifyGroup;

    @Column(name = "notify_owner", nullable = false)
    private boolean notifyOwner;

    @Column(nullable = false)
    private boolean valid = true;

    protected EscalationRule() {
    }

    public EscalationRule(String name, EscalationTrigger trigger) {
        this.name = name;
        this.trigger = trigger;
    }

    /** When and to which tickets the rule applies. */
    public void applyTo(String name, int position, EscalationTrigger trigger, TicketCondition condition) {
        this.name = name;
        this.position = position;
        this.trigger = trigger;
        this.condition = condition;
    }

    /** What the rule does; {@code null} leaves that alone. */
    public void act(Queue moveTo, Integer setPriority, Agent responsible, AgentGroup notifyGroup, boolean notifyOwner) {
        this.moveTo = moveTo;
        this.setPriority = setPriority;
        this.responsible = responsible;
        this.notifyGroup = notifyGroup;
        this.notifyOwner = notifyOwner;
    }

    public boolean appliesTo(Ticket ticket) {
        return getCondition().matches(ticket);
    }

    public String getName() {
        return name;
    }

    public int getPosition() {
        return position;
    }

    public EscalationTrigger getTrigger() {
        return trigger;
    }

    /** Which tickets the rule applies to (the provider leaves an all-empty condition null). */
    public TicketCondition getCondition() {
        return condition == null ? TicketCondition.any() : condition;
    }

    public Queue getMoveTo() {
        return moveTo;
    }

    public Integer getSetPriority() {
        return setPriority;
    }

    public Agent getResponsible() {
        return responsible;
    }

    public AgentGroup getNotifyGroup() {
        return notifyGroup;
    }

    public boolean isNotifyOwner() {
        return notifyOwner;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
