package org.helpdesk.web.ticket;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;

import org.helpdesk.ticket.TicketService;

/** Downloads an attachment of a ticket the agent may see. */
@WebServlet("/agent/attachment")
public class AttachmentServlet extends AttachmentDownload {

    private static final long serialVersionUID = 1L;

    @EJB
    TicketService tickets;

    @Override
    protected Download load(long attachmentId) {
        return Download.of(tickets.attachment(attachmentId));
    }
}
