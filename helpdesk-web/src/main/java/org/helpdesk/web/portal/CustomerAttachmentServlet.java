package org.helpdesk.web.portal;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.article.Attachment;
import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.web.ticket.AttachmentDownload;

/** Downloads an attachment of one of the customer's tickets; anything else is "not found". */
@WebServlet("/customer/attachment")
public class CustomerAttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerTicketService portal;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment attachment;
        try {
            attachment = portal.attachment(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | HelpdeskException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload.send(attachment, response);
    }
}
