package org.helpdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;

import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.web.ticket.AttachmentDownload;

/** Downloads an attachment of one of the customer's tickets; anything else is "not found". */
@WebServlet("/customer/attachment")
public class CustomerAttachmentServlet extends AttachmentDownload {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerTicketService portal;

    @Override
    protected Download load(long attachmentId) {
        return Download.of(portal.attachment(attachmentId));
    }
}
