package org.helpdesk.article;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A file to attach to a new article. */
public record NewAttachment(
        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}") String filename,
        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}") String contentType,
        @NotNull(message = "{validation.required}") byte[] content) implements Serializable {
}
