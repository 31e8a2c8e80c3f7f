package org.helpdesk.field;

/** Where a dynamic field can show. */
public enum Screen {
    /** An agent's new phone or e-mail ticket. */
    AGENT_NEW,
    /** A customer's new ticket in the portal. */
    CUSTOMER_NEW,
    /** The agents' ticket zoom, where they also change the values. */
    ZOOM,
    /** The agents' ticket search. */
    SEARCH
}
