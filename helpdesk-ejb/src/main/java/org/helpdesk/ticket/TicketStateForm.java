package org.helpdesk.ticket;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A ticket state as the administrator edits it. {@code id} is null for a new state. */
public record TicketStateForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") StateType type,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
