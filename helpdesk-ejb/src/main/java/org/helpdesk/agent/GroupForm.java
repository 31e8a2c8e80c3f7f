package org.helpdesk.agent;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A group as the administrator edits it. {@code id} is null for a new group. */
public record GroupForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
        String comments,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
