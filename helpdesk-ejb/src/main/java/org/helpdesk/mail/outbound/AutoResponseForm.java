package org.helpdesk.mail.outbound;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An auto-response as the administrator edits it: the text for one queue, occasion and language
 * ({@code es} or {@code en}). {@code id} is null for a new one.
 */
public record AutoResponseForm(
        Long id,
        long version,
        Long queueId,
        @NotNull(message = "{validation.required}") AutoResponseKind kind,
        String language,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String subject,
        @NotBlank(message = "{validation.required}") @Size(max = 100_000, message = "{validation.tooLong}") String body,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
