package org.helpdesk.customer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** A customer organisation whose people report incidents. */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "customer_company")
@NamedQuery(name = "CustomerCompany.byCode", query = "SELECT c FROM CustomerCompany c WHERE c.code = :code")
public class CustomerCompany extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The company's short identifier (OTRS's CustomerID), e.g. {@code NET7}. */
    @Column(nullable = false, unique = true, length = 100)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String street;

    @Column(length = 100)
    private String city;

    @Column(length = 100)
    private String country;

    @Column(nullable = false)
    private boolean valid = true;

    protected CustomerCompany() {
    }

    public CustomerCompany(String code, String name) {
        this.code = code;
        this.name = name;
    }

    /** The administrator's edit. */
    public void change(String code, String name, String street, String city, String country, boolean valid) {
        this.code = code;
        this.name = name;
        this.street = street;
        this.city = city;
        this.country = country;
        this.valid = valid;
    }

    public String getCode() {
        return code;
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
