package org.helpdesk.ticket;

/** How a message reached the ticket. */
public enum Channel {
    EMAIL, PHONE, WEB, INTERNAL
}
