package org.helpdesk.notification;

import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.HistoryType;

/** The ticket events notifications can be sent for (as OTRS's notification events). */
public enum NotificationEvent {
    TICKET_CREATED, FOLLOW_UP, MOVED, OWNER_CHANGED, NOTE_ADDED, ESCALATION_WARNING, ESCALATED, PENDING_REMINDER;

    /**
     * The event a history entry stands for, or {@code null}. The customer's first message is part
     * of the ticket's creation, not a follow-up.
     */
    public static NotificationEvent of(HistoryEntry entry) {
        HistoryType type = entry.getType();
        if (type.isFromCustomer()) {
            return entry.getCreatedAt().equals(entry.getTicket().getCreatedAt()) ? null : FOLLOW_UP;
        }
        return switch (type) {
        case NEW_TICKET -> TICKET_CREATED;
        case MOVE -> MOVED;
        case OWNER_UPDATE -> OWNER_CHANGED;
        case ADD_NOTE -> NOTE_ADDED;
        case ESCALATION_WARNING -> ESCALATION_WARNING;
        case ESCALATION -> ESCALATED;
        case PENDING_REMINDER_REACHED -> PENDING_REMINDER;
        default -> null;
        };
    }
}
