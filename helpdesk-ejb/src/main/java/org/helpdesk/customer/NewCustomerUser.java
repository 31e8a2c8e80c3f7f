package org.helpdesk.customer;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What creating a customer user needs; the password may be left out (no portal access yet). */
public record NewCustomerUser(
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String login,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 250, message = "{validation.tooLong}") String email,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String firstName,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
        Long companyId,
        @Size(min = 8, max = 200, message = "{validation.password}") String password) implements Serializable {
}
