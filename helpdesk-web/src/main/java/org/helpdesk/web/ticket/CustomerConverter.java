package org.helpdesk.web.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;

import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.shared.NotFoundException;

/** Customer users in forms, by id: {@code converter="#{customerConverter}"}. */
@Named
@ApplicationScoped
public class CustomerConverter implements Converter<CustomerUser> {

    @Inject
    CustomerService customers;

    @Override
    public CustomerUser getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return customers.get(Long.parseLong(value));
        } catch (NumberFormatException | NotFoundException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, CustomerUser value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
