package org.helpdesk.sla;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An IT service as the administrator edits it. {@code id} is null for a new service, which goes under
 * {@code parentId} when that is given ("Parent › Name"); an existing service keeps its place.
 */
public record ItServiceForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        Long parentId,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
