package org.helpdesk.ticket;

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
    ESCALATION_WARNING,
    ESCALATION,
    PENDING_REMINDER_REACHED
}
