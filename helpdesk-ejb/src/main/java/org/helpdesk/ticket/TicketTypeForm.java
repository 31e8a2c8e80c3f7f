package org.helpdesk.ticket;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A ticket type as the administrator edits it. {@code id} is null for a new type. */
public record TicketTypeForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
