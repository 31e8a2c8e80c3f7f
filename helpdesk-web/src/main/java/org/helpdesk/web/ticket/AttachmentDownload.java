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

    /** A file to send: a ticket's attachment or a FAQ article's. */
    public record Download(String filename, String contentType, byte[] content) {

        public static Download of(Attachment attachment) {
            return new Download(attachment.getFilename(), attachment.getContentType(), attachment.getContent());
        }
    }

    /** The file, read through the service that checks the caller may see it. */
    protected abstract Download load(long attachmentId);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Download attachment;
        try {
            attachment = load(Long.parseLong(request.getParameter("id")));
        } catch (NumberFormatException | HelpdeskException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] content = attachment.content();
        response.setContentType(attachment.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "sandbox");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(attachment.filename(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
