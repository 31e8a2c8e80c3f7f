package org.helpdesk.ticket;

import java.util.EnumSet;
import java.util.Set;

/** The kinds of entries in a ticket's history, named as in OTRS. */
public enum HistoryType {
    NEW_TICKET,
    FOLLOW_UP,
    SEND_ANSWER,
    ADD_NOTE,
    PHONE_CALL_CUSTOMER,
    PHONE_CALL_AGENT,
    WEB_REQUEST_CUSTOMER,
    EMAIL_CUSTOMER,
    EMAIL_AGENT,
    MOVE,
    PRIORITY_UPDATE,
    STATE_UPDATE,
    TYPE_UPDATE,
    SET_PENDING_TIME,
    OWNER_UPDATE,
    RESPONSIBLE_UPDATE,
    LOCK,
    UNLOCK,
    MERGED,
    TITLE_UPDATE,
    CUSTOMER_UPDATE,
    SERVICE_UPDATE,
    SLA_UPDATE,
    DYNAMIC_FIELD_UPDATE,
    ESCALATION_WARNING,
    ESCALATION,
    PENDING_REMINDER_REACHED;

    private static final Set<HistoryType> FROM_CUSTOMER = EnumSet.of(FOLLOW_UP, EMAIL_CUSTOMER, WEB_REQUEST_CUSTOMER,
            PHONE_CALL_CUSTOMER);
    private static final Set<HistoryType> EVENTS = EnumSet.of(NEW_TICKET, FOLLOW_UP, PHONE_CALL_CUSTOMER,
            WEB_REQUEST_CUSTOMER, EMAIL_CUSTOMER, MOVE, OWNER_UPDATE, ADD_NOTE, ESCALATION_WARNING, ESCALATION,
            PENDING_REMINDER_REACHED);

    /** Whether an entry of this kind records a message from the customer. */
    public boolean isFromCustomer() {
        return FROM_CUSTOMER.contains(this);
    }

    /**
     * Whether an entry of this kind may be an event that notifications are sent for (the notification
     * package's {@code NotificationEvent.of} tells which; a customer's first message is part of the ticket's
     * creation, not an event); the other entries are written as notified, so that the notification sweep
     * never reads them.
     */
    boolean mayNotify(boolean atCreation) {
        return EVENTS.contains(this) && !(atCreation && isFromCustomer());
    }
}
