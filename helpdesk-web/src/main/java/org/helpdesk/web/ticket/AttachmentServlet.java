package org.helpdesk.web.ticket;

import java.io.IOException;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.article.Attachment;
import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.ticket.TicketService;

/** Downloads an attachment of a ticket the agent may see (see {@link AttachmentDownload}). */
@WebServlet("/agent/attachment")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    TicketService tickets;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment attachment;
        try {
            attachment = tickets.attachment(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | HelpdeskException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        AttachmentDownload.send(attachment, response);
    }
}
