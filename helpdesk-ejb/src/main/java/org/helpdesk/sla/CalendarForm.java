package org.helpdesk.sla;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A business calendar as the administrator edits it; working hours and holidays in the text form of
 * {@link CalendarSpec}. {@code id} is null for a new calendar.
 */
public record CalendarForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.tooLong}") String timeZone,
        @NotBlank(message = "{validation.required}") @Size(max = 1000, message = "{validation.tooLong}") String workingHours,
        String holidays,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
