package org.helpdesk.faq;

/** Who may read a FAQ article (as OTRS's internal, external and public states). */
public enum FaqVisibility {
    /** Agents only. */
    INTERNAL,
    /** Agents and signed-in customers. */
    CUSTOMER,
    /** Everyone, without an account. */
    PUBLIC
}
