package org.helpdesk.web.admin;

import java.io.Serializable;

import org.helpdesk.customer.CustomerForm;

/** The editable fields of a customer user on the page; becomes a {@link CustomerForm} for the service. */
public class CustomerEdit implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private String login;
    private String email;
    private String firstName;
    private String lastName;
    private String phone;
    private Long companyId;
    private String language;
    private boolean companyAccess;
    private String password;
    private boolean valid;

    static CustomerEdit of(CustomerForm form) {
        CustomerEdit edit = new CustomerEdit();
        edit.id = form.id();
        edit.version = form.version();
        edit.login = form.login();
        edit.email = form.email();
        edit.firstName = form.firstName();
        edit.lastName = form.lastName();
        edit.phone = form.phone();
        edit.companyId = form.companyId();
        edit.language = form.language();
        edit.companyAccess = form.companyAccess();
        edit.valid = form.valid();
        return edit;
    }

    CustomerForm toForm() {
        return new CustomerForm(id, version, login, email, firstName, lastName, phone, companyId, language, companyAccess,
                password == null || password.isEmpty() ? null : password, valid);
    }

    public boolean isNew() {
        return id == null;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getCompanyId() {
        return companyId;
    }

    public void setCompanyId(Long companyId) {
        this.companyId = companyId;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isCompanyAccess() {
        return companyAccess;
    }

    public void setCompanyAccess(boolean companyAccess) {
        this.companyAccess = companyAccess;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
