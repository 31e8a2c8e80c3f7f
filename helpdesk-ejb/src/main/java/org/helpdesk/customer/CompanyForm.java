package org.helpdesk.customer;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A customer company as the administrator edits or imports it. {@code id} is null for a new company. */
public record CompanyForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @Size(max = 200, message = "{validation.tooLong}") String street,
        @Size(max = 100, message = "{validation.tooLong}") String city,
        @Size(max = 100, message = "{validation.tooLong}") String country,
        boolean valid) implements Serializable {

    public static CompanyForm blank() {
        return new CompanyForm(null, 0, null, null, null, null, null, true);
    }

    public static CompanyForm of(CustomerCompany company) {
        return new CompanyForm(company.getId(), company.getVersion(), company.getCode(), company.getName(), company.getStreet(),
                company.getCity(), company.getCountry(), company.isValid());
    }

    public boolean isNew() {
        return id == null;
    }
}
