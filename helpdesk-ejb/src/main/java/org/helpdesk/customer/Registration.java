package org.helpdesk.customer;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a customer fills in to register; the e-mail address becomes the login. */
public record Registration(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String firstName,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 200, message = "{validation.tooLong}") String email,
        @Size(max = 200, message = "{validation.tooLong}") String company,
        @NotBlank(message = "{validation.required}") @Size(min = 8, max = 200, message = "{validation.password}") String password,
        String language) implements Serializable {
}
