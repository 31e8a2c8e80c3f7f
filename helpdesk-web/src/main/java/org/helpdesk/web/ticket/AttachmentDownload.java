package org.helpdesk.web.ticket;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.article.Attachment;

/**
 * Sends an attachment as a download, never rendered inline, so that an uploaded HTML or script
 * file cannot run in the reader's browser.
 */
public final class AttachmentDownload {

    private AttachmentDownload() {
    }

    public static void send(Attachment attachment, HttpServletResponse response) throws IOException {
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
