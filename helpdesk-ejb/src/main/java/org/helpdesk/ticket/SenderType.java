package org.helpdesk.ticket;

/** Who wrote an article. */
public enum SenderType {
    CUSTOMER, AGENT, SYSTEM
}
