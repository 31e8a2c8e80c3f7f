package org.helpdesk.ticket;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A priority as the administrator edits it: its names in Spanish and English. Priorities are never created. */
public record TicketPriorityForm(
        int level,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String nameEs,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String nameEn,
        boolean valid) implements Serializable {
}
