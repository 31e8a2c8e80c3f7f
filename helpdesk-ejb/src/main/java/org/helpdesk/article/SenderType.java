package org.helpdesk.article;

/** Who wrote an article. */
public enum SenderType {
    CUSTOMER, AGENT, SYSTEM
}
