package org.helpdesk.template;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A signature or canned response as the administrator edits it. {@code id} is null for a new one. */
public record NamedTextForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = NamedTextForm.LONGEST_BODY, message = "{validation.tooLong}") String body,
        boolean valid) implements Serializable {

    public static final int LONGEST_BODY = 20_000;

    public boolean isNew() {
        return id == null;
    }
}
