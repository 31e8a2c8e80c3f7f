package org.helpdesk.ticket;

import java.io.Serializable;

/**
 * An escalation rule as the administrator edits it; {@code null} ids and numbers mean "leave alone", a
 * {@code null} condition any ticket.
 */
public record EscalationRuleForm(Long id, long version, String name, int position, EscalationTrigger trigger,
        TicketConditionForm condition, Long moveToId, Integer setPriority, Long responsibleId, Long notifyGroupId,
        boolean notifyOwner, boolean valid) implements Serializable {

    public EscalationRuleForm {
        condition = condition == null ? TicketConditionForm.ANY : condition;
    }

    public static EscalationRuleForm of(EscalationRule rule) {
        return new EscalationRuleForm(rule.getId(), rule.getVersion(), rule.getName(), rule.getPosition(), rule.getTrigger(),
                TicketConditionForm.of(rule.getCondition()), id(rule.getMoveTo()), rule.getSetPriority(),
                rule.getResponsible() == null ? null : rule.getResponsible().getId(),
                rule.getNotifyGroup() == null ? null : rule.getNotifyGroup().getId(), rule.isNotifyOwner(), rule.isValid());
    }

    private static Long id(org.helpdesk.queue.Queue queue) {
        return queue == null ? null : queue.getId();
    }
}
