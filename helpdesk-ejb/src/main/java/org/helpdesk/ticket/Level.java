package org.helpdesk.ticket;

/** How large an incident's impact, or how pressing its urgency, is (ITIL). */
public enum Level {
    LOW, MEDIUM, HIGH
}
