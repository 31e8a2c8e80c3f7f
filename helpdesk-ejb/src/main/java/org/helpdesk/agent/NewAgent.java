package org.helpdesk.agent;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What creating an agent needs. The password must have at least 8 characters. */
public record NewAgent(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{validation.login}") String login,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String firstName,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
        @Email(message = "{validation.email}") @Size(max = 250, message = "{validation.tooLong}") String email,
        @NotBlank(message = "{validation.required}") @Size(min = 8, max = 200, message = "{validation.password}") String password)
        implements Serializable {
}
