package org.helpdesk.mail.inbound;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A system address of the desk as the administrator edits it. {@code id} is null for a new address. */
public record SystemAddressForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}") String email,
        String displayName,
        Long queueId,
        boolean valid) implements Serializable {

    public boolean isNew() {
        return id == null;
    }
}
