package org.helpdesk.ticket;

/** The columns ticket lists can be sorted by, each with the query path it sorts on. */
public enum TicketSort {
    NUMBER("t.number"),
    TITLE("t.title"),
    QUEUE("q.name"),
    STATE("s.name"),
    PRIORITY("t.priority"),
    CUSTOMER("c.lastName"),
    OWNER("o.login"),
    CREATED("t.createdAt"),
    CHANGED("t.changedAt"),
    ESCALATION("t.escalationAt"),
    /**
     * A full-text search's own order: tickets with every searched word in the title first, then the
     * newest. When a search finds more than {@link TicketSearchService#COUNT_CAP} tickets, the newest first.
     */
    RELEVANCE("t.createdAt");

    private final String path;

    TicketSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
