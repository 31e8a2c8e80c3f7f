package org.helpdesk.faq;

import java.io.Serializable;

/** A ticket a FAQ article is linked to, or a FAQ article a ticket is linked to: id, number or title. */
public record LinkedTicket(long ticketId, String number, String title) implements Serializable {

    private static final long serialVersionUID = 1L;
}
