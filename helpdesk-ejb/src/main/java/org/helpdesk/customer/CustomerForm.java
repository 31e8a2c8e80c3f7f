package org.helpdesk.customer;

import java.io.Serializable;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A customer user as the administrator edits or imports it. {@code id} is null for a new one; a blank
 * {@code password} keeps the stored one (a new customer without one sets it through "forgot password").
 */
public record CustomerForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String login,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 250, message = "{validation.tooLong}") String email,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String firstName,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String lastName,
        @Size(max = 50, message = "{validation.tooLong}") String phone,
        Long companyId,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "es|en", message = "{validation.language}") String language,
        boolean companyAccess,
        @Size(min = 8, max = 200, message = "{validation.password}") String password,
        boolean valid) implements Serializable {

    public static CustomerForm blank() {
        return new CustomerForm(null, 0, null, null, null, null, null, null, "es", false, null, true);
    }

    public static CustomerForm of(CustomerUser customer) {
        return new CustomerForm(customer.getId(), customer.getVersion(), customer.getLogin(), customer.getEmail(),
                customer.getFirstName(), customer.getLastName(), customer.getPhone(),
                customer.getCompany() == null ? null : customer.getCompany().getId(), customer.getLanguage(),
                customer.hasCompanyAccess(), null, customer.isValid());
    }

    public boolean isNew() {
        return id == null;
    }
}
