package org.helpdesk.notification;

import java.io.Serializable;
import java.util.List;

/** A notification as the administrator edits it; {@code id} is null for a new one. */
public record NotificationForm(Long id, long version, String name, List<NotificationEvent> events,
        List<Recipient> recipients, Long groupId, Long queueId, Integer minPriority, Long typeId, boolean optional,
        boolean sendMail, String subjectEs, String bodyEs, String subjectEn, String bodyEn, boolean valid) implements Serializable {

    public static NotificationForm of(Notification n) {
        return new NotificationForm(n.getId(), n.getVersion(), n.getName(), List.copyOf(n.getEvents()),
                List.copyOf(n.getRecipients()), n.getGroup() == null ? null : n.getGroup().getId(),
                n.getQueue() == null ? null : n.getQueue().getId(), n.getMinPriority(),
                n.getType() == null ? null : n.getType().getId(), n.isOptional(), n.isSendMail(), n.getSubjectEs(), n.getBodyEs(),
                n.getSubjectEn(), n.getBodyEn(), n.isValid());
    }
}
