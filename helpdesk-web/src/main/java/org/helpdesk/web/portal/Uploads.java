package org.helpdesk.web.portal;

import java.util.List;

import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.AttachmentPolicy;
import org.helpdesk.ticket.NewAttachment;
import org.primefaces.model.file.UploadedFile;

/** Files from an upload field, as attachments for the services (which check and clean them). */
public final class Uploads {

    private Uploads() {
    }

    /**
     * The file as an attachment; a file larger than {@code maxBytes} is refused from its size (the server has it in a
     * temporary file) before its content is read into memory, with the same message as the services'.
     */
    public static List<NewAttachment> of(UploadedFile file, long maxBytes) {
        if (file == null || file.getSize() == 0) {
            return List.of();
        }
        if (file.getSize() > maxBytes) {
            throw new ValidationException("attachments", "validation.attachmentTooLarge",
                    AttachmentPolicy.safeName(file.getFileName()), maxBytes / (1024 * 1024));
        }
        return List.of(new NewAttachment(file.getFileName(),
                file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getContent()));
    }
}
