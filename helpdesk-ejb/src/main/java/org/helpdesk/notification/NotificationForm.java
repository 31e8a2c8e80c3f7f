package org.helpdesk.notification;

import java.io.Serializable;
import java.util.List;

import org.helpdesk.ticket.TicketConditionForm;

/** A notification as the administrator edits it; {@code id} is null for a new one, a {@code null} condition is any ticket. */
public record NotificationForm(Long id, long version, String name, List<NotificationEvent> events,
        List<Recipient> recipients, Long groupId, TicketConditionForm condition, boolean optional,
        boolean sendMail, String subjectEs, String bodyEs, String subjectEn, String bodyEn, boolean valid) implements Serializable {

    public NotificationForm {
        condition = condition == null ? TicketConditionForm.ANY : condition;
    }

    public static NotificationForm of(Notification n) {
        return new NotificationForm(n.getId(), n.getVersion(), n.getName(), List.copyOf(n.getEvents()),
                List.copyOf(n.getRecipients()), n.getGroup() == null ? null : n.getGroup().getId(),
                TicketConditionForm.of(n.getCondition()), n.isOptional(), n.isSendMail(), n.getSubjectEs(), n.getBodyEs(),
                n.getSubjectEn(), n.getBodyEn(), n.isValid());
    }
}
