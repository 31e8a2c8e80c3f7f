package org.helpdesk.web.admin;

import java.io.Serializable;

import org.helpdesk.customer.CompanyForm;

/** The editable fields of a customer company on the page; becomes a {@link CompanyForm} for the service. */
public class CompanyEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String code;
    private String name;
    private String street;
    private String city;
    private String country;
    private boolean valid;

    static CompanyEdit of(CompanyForm form) {
        CompanyEdit edit = new CompanyEdit();
        edit.id = form.id();
        edit.version = form.version();
        edit.code = form.code();
        edit.name = form.name();
        edit.street = form.street();
        edit.city = form.city();
        edit.country = form.country();
        edit.valid = form.valid();
        return edit;
    }

    CompanyForm toForm() {
        return new CompanyForm(id, version, code, name, street, city, country, valid);
    }

    public boolean isNew() {
        return id == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
