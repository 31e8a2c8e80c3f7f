package org.helpdesk.api.webhook;

import java.util.Set;

import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.HistoryType;

/** The ticket events a web hook can be called on, with the names Znuny's invokers use for them. */
public enum WebhookEvent {
    TICKET_CREATED("TicketCreate"),
    ARTICLE_ADDED("ArticleCreate"),
    STATE_CHANGED("TicketStateUpdate"),
    QUEUE_CHANGED("TicketQueueUpdate"),
    PRIORITY_CHANGED("TicketPriorityUpdate"),
    ESCALATION("TicketEscalation");

    private static final Set<HistoryType> ARTICLES = Set.of(HistoryType.FOLLOW_UP, HistoryType.SEND_ANSWER, HistoryType.ADD_NOTE,
            HistoryType.PHONE_CALL_CUSTOMER, HistoryType.PHONE_CALL_AGENT, HistoryType.WEB_REQUEST_CUSTOMER, HistoryType.EMAIL_CUSTOMER,
            HistoryType.EMAIL_AGENT);

    private final String znunyName;

    WebhookEvent(String znunyName) {
        this.znunyName = znunyName;
    }

    /** The name in the payload and the {@code X-Helpdesk-Event} header. */
    public String znunyName() {
        return znunyName;
    }

    /** The event a history entry stands for, or {@code null}; a ticket's first article is part of its creation. */
    public static WebhookEvent of(HistoryEntry entry) {
        HistoryType type = entry.getType();
        if (ARTICLES.contains(type)) {
            return entry.getCreatedAt().equals(entry.getTicket().getCreatedAt()) ? null : ARTICLE_ADDED;
        }
        return switch (type) {
            case NEW_TICKET -> TICKET_CREATED;
            case STATE_UPDATE -> STATE_CHANGED;
            case MOVE -> QUEUE_CHANGED;
            case PRIORITY_UPDATE -> PRIORITY_CHANGED;
            case ESCALATION_WARNING, ESCALATION -> ESCALATION;
            default -> null;
        };
    }
}
