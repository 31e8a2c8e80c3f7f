package org.helpdesk.customer;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Like;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.ValidationException;

/** Customer companies and customer users, as agents register them (e.g. for a phone ticket). */
@Stateless
@RolesAllowed("agent")
@Interceptors(ConcurrencyGuard.class)
public class CustomerService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    BeanValidation validation;

    public CustomerCompany createCompany(String code, String name) {
        agents.current(context);
        String trimmedCode = ValidationException.requireText("code", code, 100);
        String trimmedName = ValidationException.requireText("name", name, 200);
        if (!em.createNamedQuery("CustomerCompany.byCode", CustomerCompany.class).setParameter("code", trimmedCode)
                .getResultList().isEmpty()) {
            throw new ValidationException("code", "validation.taken", trimmedCode);
        }
        CustomerCompany company = new CustomerCompany(trimmedCode, trimmedName);
        em.persist(company);
        return company;
    }

    public CustomerUser createCustomer(NewCustomerUser command) {
        validation.check(command);
        agents.current(context);
        if (!em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", command.login().trim())
                .getResultList().isEmpty()) {
            throw new ValidationException("login", "validation.taken", command.login());
        }
        CustomerCompany company = lookup.optionalReference(CustomerCompany.class, command.companyId(), "companyId");
        CustomerUser customer = new CustomerUser(command.login().trim(), command.email().trim(),
                command.firstName().trim(), command.lastName().trim(), company);
        if (command.password() != null) {
            customer.getAccount().setPassword(command.password().toCharArray());
        }
        em.persist(customer);
        return customer;
    }

    /** Valid customers whose login, e-mail or name starts with {@code term}, at most {@code max} of them. */
    public List<CustomerUser> find(String term, int max) {
        agents.current(context);
        if (term == null || term.isBlank()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM CustomerUser c WHERE c.valid = TRUE AND (" + Like.like("LOWER(c.login)", "p")
                + " OR " + Like.like("LOWER(c.email)", "p") + " OR " + Like.like("LOWER(c.firstName)", "p")
                + " OR " + Like.like("LOWER(c.lastName)", "p") + ") ORDER BY c.lastName, c.firstName", CustomerUser.class)
                .setParameter("p", Like.startingWith(term)).setMaxResults(Math.min(max, 50)).getResultList();
    }

    /** The valid customer with exactly this login. */
    public java.util.Optional<CustomerUser> byLogin(String login) {
        agents.current(context);
        return em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", login).getResultStream()
                .filter(CustomerUser::isValid).findFirst();
    }

    /** Lets the customer see all tickets of their company in the portal, or only their own. */
    @RolesAllowed("admin")
    @Interceptors(AuditTrail.class)
    public CustomerUser setCompanyAccess(long customerUserId, long version, boolean access) {
        agents.requireAdmin(agents.current(context));
        CustomerUser customer = lookup.require(CustomerUser.class, customerUserId);
        customer.checkVersion(version);
        customer.setCompanyAccess(access);
        return customer;
    }

    public CustomerUser get(long customerUserId) {
        agents.current(context);
        return lookup.require(CustomerUser.class, customerUserId);
    }
}
