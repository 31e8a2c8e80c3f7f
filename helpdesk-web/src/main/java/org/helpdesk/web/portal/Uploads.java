package org.helpdesk.web.portal;

import java.util.List;

import org.helpdesk.article.NewAttachment;
import org.primefaces.model.file.UploadedFile;

/** Files from an upload field, as attachments for the services (which check and clean them). */
final class Uploads {

    private Uploads() {
    }

    static List<NewAttachment> of(UploadedFile file) {
        if (file == null || file.getSize() == 0) {
            return List.of();
        }
        return List.of(new NewAttachment(file.getFileName(),
                file.getContentType() == null ? "application/octet-stream" : file.getContentType(), file.getContent()));
    }
}
