package org.helpdesk.sla;

import java.io.Serializable;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An SLA as the administrator edits it: its calendar and targets (see {@link ServiceTargets#of}),
 * which win over the queue's, and the ids of the services it applies to. {@code id} is null for a new SLA.
 */
public record SlaForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        Long calendarId,
        ServiceTargets targets,
        Set<Long> serviceIds,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
