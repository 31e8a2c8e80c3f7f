package org.helpdesk.agent;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An agent as the administrator edits it. {@code id} is null for a new agent, who needs a password;
 * a blank {@code password} keeps an existing agent's one, any other replaces it.
 */
public record AgentForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}")
        @Pattern(regexp = "[A-Za-z0-9._@-]+", message = "{validation.login}") String login,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String firstName,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
        @Email(message = "{validation.email}") @Size(max = 250, message = "{validation.tooLong}") String email,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "es|en", message = "{validation.language}") String language,
        @NotBlank(message = "{validation.required}") String timeZone,
        @Size(max = 200, message = "{validation.tooLong}") String password,
        boolean valid) implements Serializable {

    public static AgentForm blank() {
        return new AgentForm(null, 0, null, null, null, null, "es", "America/Lima", null, true);
    }

    public static AgentForm of(Agent agent) {
        return new AgentForm(agent.getId(), agent.getVersion(), agent.getLogin(), agent.getFirstName(), agent.getLastName(),
                agent.getEmail(), agent.getLanguage(), agent.getTimeZone(), null, agent.isValid());
    }

    public boolean isNew() {
        return id == null;
    }
}
