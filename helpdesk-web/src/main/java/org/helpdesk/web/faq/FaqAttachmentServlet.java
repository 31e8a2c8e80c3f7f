package org.helpdesk.web.faq;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;

import org.helpdesk.faq.FaqAttachment;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.web.ticket.AttachmentDownload;

/** Downloads a file of a FAQ article the caller may read; anything else is "not found". */
@WebServlet("/faq/attachment")
public class FaqAttachmentServlet extends AttachmentDownload {

    private static final long serialVersionUID = 1L;

    @EJB
    KnowledgeBase knowledgeBase;

    @Override
    protected Download load(long attachmentId) {
        FaqAttachment file = knowledgeBase.attachment(attachmentId);
        return new Download(file.getFilename(), file.getContentType(), file.getContent());
    }
}
