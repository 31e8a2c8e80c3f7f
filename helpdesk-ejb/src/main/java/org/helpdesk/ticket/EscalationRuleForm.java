package org.helpdesk.ticket;

import java.io.Serializable;

/** An escalation rule as the administrator edits it; {@code null} ids and numbers mean "any" or "leave alone". */
public record EscalationRuleForm(Long id, long version, String name, int position, EscalationTrigger trigger, Long queueId,
        Integer minPriority, Integer maxPriority, Long moveToId, Integer setPriority, Long responsibleId, Long notifyGroupId,
        boolean notifyOwner, boolean valid) implements Serializable {

    public static EscalationRuleForm of(EscalationRule rule) {
        return new EscalationRuleForm(rule.getId(), rule.getVersion(), rule.getName(), rule.getPosition(), rule.getTrigger(),
                id(rule.getQueue()), rule.getMinPriority(), rule.getMaxPriority(), id(rule.getMoveTo()), rule.getSetPriority(),
                rule.getResponsible() == null ? null : rule.getResponsible().getId(),
                rule.getNotifyGroup() == null ? null : rule.getNotifyGroup().getId(), rule.isNotifyOwner(), rule.isValid());
    }

    private static Long id(org.helpdesk.queue.Queue queue) {
        return queue == null ? null : queue.getId();
    }
}
