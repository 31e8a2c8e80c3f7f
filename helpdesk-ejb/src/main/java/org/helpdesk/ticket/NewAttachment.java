package org.helpdesk.ticket;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A file to attach to a new article; {@code contentId} names an inline image of an HTML body ({@code cid:}). */
public record NewAttachment(
        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}") String filename,
        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}") String contentType,
        @NotNull(message = "{validation.required}") byte[] content,
        @Size(max = 250, message = "{validation.tooLong}") String contentId) implements Serializable {

    /** A file that is not an inline image. */
    public NewAttachment(String filename, String contentType, byte[] content) {
        this(filename, contentType, content, null);
    }
}
