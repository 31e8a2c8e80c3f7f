package org.helpdesk.article;

/** How a message reached the ticket. */
public enum Channel {
    EMAIL, PHONE, WEB, INTERNAL
}
