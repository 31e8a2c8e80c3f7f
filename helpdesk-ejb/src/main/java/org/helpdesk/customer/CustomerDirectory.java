package org.helpdesk.customer;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.PermissionDeniedException;

/** Finds the customer behind the current call, for the services of the customer portal. */
@ApplicationScoped
public class CustomerDirectory {

    @PersistenceContext
    EntityManager em;

    public CustomerUser current(EJBContext context) {
        String login = context.getCallerPrincipal().getName();
        return em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", login)
                .getResultStream().filter(CustomerUser::isValid).findFirst()
                .orElseThrow(() -> new PermissionDeniedException("customer", login));
    }
}
