package org.helpdesk.agent;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A role as the administrator edits it; its permissions by group go with it to
 * {@link AgentService#saveRole}. {@code id} is null for a new role.
 */
public record RoleForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String name,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
