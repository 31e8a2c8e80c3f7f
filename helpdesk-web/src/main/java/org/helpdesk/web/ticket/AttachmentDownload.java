package org.helpdesk.web.ticket;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.ticket.Attachment;

/**
 * Sends an attachment the caller may read ({@code ?id=}) as a download, never rendered inline, so
 * that an uploaded HTML or script file cannot run in the reader's browser. Anything the service
 * refuses is "not found". Subclasses say through which service the attachment is read.
 */
public abstract class AttachmentDownload extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The attachment, read through the service that checks the caller may see it. */
    protected abstract Attachment load(long attachmentId);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment attachment;
        try {
            attachment = load(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | HelpdeskException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = attachment.getContent();
        response.setContentType(attachment.getContentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.getFilename(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
