package org.helpdesk.customer;

import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.auth.LoginAccount;
import org.helpdesk.shared.BaseEntity;

/** A person at a customer company who reports incidents and follows them in the portal. */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "customer_user")
@NamedQuery(name = "CustomerUser.byLogin", query = "SELECT c FROM CustomerUser c WHERE c.login = :login")
@NamedQuery(name = "CustomerUser.unconfirmedPastActivation", query = "SELECT DISTINCT c FROM CustomerToken t JOIN t.customer c"
        + " WHERE c.activated = FALSE AND t.purpose = org.helpdesk.customer.CustomerToken.Purpose.ACTIVATION"
        + " AND t.expiresAt <= :now ORDER BY c.id")
/** Customers with an address, whatever its case: {@code :email} through {@link #emailKey(String)}. */
@NamedQuery(name = "CustomerUser.byEmail", query = "SELECT c FROM CustomerUser c WHERE c.emailKey = :email")
public class CustomerUser extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 200)
    private String login;

    @Column(nullable = false, length = 250)
    private String email;

    /** The address in lower case, kept with it: incoming mail finds its customer through an index on it. */
    @Column(name = "email_key", nullable = false, length = 250)
    private String emailKey;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(length = 50)
    private String phone;

    @ManyToOne
    @JoinColumn(name = "company_id")
    private CustomerCompany company;

    @Column(nullable = false, length = 10)
    private String language = "es";

    @Column(nullable = false)
    private boolean valid = true;

    /** False while a self-registered customer has not confirmed their e-mail address. */
    @Column(nullable = false)
    private boolean activated = true;

    /** Whether this customer may see all tickets of their company, not only their own. */
    @Column(name = "company_access", nullable = false)
    private boolean companyAccess;

    @Embedded
    private LoginAccount account = new LoginAccount();

    protected CustomerUser() {
    }

    public CustomerUser(String login, String email, String firstName, String lastName, CustomerCompany company) {
        this.login = login;
        this.email = email;
        this.emailKey = emailKey(email);
        this.firstName = firstName;
        this.lastName = lastName;
        this.company = company;
    }

    /** How an address is compared: in lower case (the parameter of {@code CustomerUser.byEmail}). */
    public static String emailKey(String email) {
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** The administrator's edit of login, e-mail, names, phone and company. */
    public void change(String login, String email, String firstName, String lastName, String phone, CustomerCompany company) {
        this.login = login;
        this.email = email;
        this.emailKey = emailKey(email);
        this.firstName = firstName;
        this.lastName = lastName;
        this.phone = phone;
        this.company = company;
    }

    public String getLogin() {
        return login;
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public CustomerCompany getCompany() {
        return company;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }

    public boolean isActivated() {
        return activated;
    }

    /** A registration waits for the e-mail confirmation. */
    public void awaitActivation() {
        activated = false;
    }

    public void activate() {
        activated = true;
    }

    public boolean hasCompanyAccess() {
        return companyAccess && company != null;
    }

    public void setCompanyAccess(boolean companyAccess) {
        this.companyAccess = companyAccess;
    }

    public LoginAccount getAccount() {
        return account;
    }
}
