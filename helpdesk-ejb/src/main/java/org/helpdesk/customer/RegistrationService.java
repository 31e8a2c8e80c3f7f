package org.helpdesk.customer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.auth.PasswordHash;
import org.helpdesk.auth.PasswordPolicy;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.ValidationException;

/**
 * What customers do before they are logged in: register (the account works once they follow the
 * link mailed to them), and reset a forgotten password with a single-use link. Whether an address
 * is known is never told, neither to someone registering nor to someone asking for a reset.
 */
@Stateless
@PermitAll
@Interceptors(ConcurrencyGuard.class)
public class RegistrationService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int SWEEP_BATCH = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    BeanValidation validation;

    @Inject
    Event<CustomerLinkIssued> linkIssued;

    @Inject
    Settings configuration;

    @Inject
    Clock clock;

    /**
     * Registers a new customer, who confirms the address through the mailed link. The answer never
     * tells whether the address is taken: when it belongs to a customer already, that customer is
     * told by mail that someone tried to register with it (with a link to reset the password) and
     * nothing else changes. A registration left unconfirmed until its link expired (48 hours) frees
     * the address. The company typed is never an existing one: the customer gets a new company of
     * that name until an agent links them to the right one.
     */
    public void register(Registration registration) {
        if (!configuration.current().isSelfRegistration()) {
            throw new RuleViolationException("registration.closed");
        }
        validation.check(registration);
        String email = registration.email().trim().toLowerCase(Locale.ROOT);
        CustomerUser existing = em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", email)
                .getResultStream().findFirst().orElse(null);
        if (existing != null && !removeExpiredRegistration(existing)) {
            PasswordHash.verifyDummy(registration.password().toCharArray()); // as long as hashing a new account's password
            if (existing.isValid() && existing.isActivated()) {
                issueLink(existing, CustomerToken.Purpose.PASSWORD_RESET, "/customer/reset.xhtml", CustomerLinkIssued.Reason.REGISTRATION_ATTEMPT);
            }
            return;
        }
        CustomerUser customer = new CustomerUser(email, email, registration.firstName().trim(),
                registration.lastName().trim(), ownCompany(registration.company()));
        customer.setLanguage(Messages.supported(registration.language() == null ? null
                : Locale.forLanguageTag(registration.language())).getLanguage());
        customer.getAccount().setPassword(registration.password().toCharArray());
        customer.awaitActivation();
        em.persist(customer);
        issueLink(customer, CustomerToken.Purpose.ACTIVATION, "/customer/activate.xhtml", CustomerLinkIssued.Reason.CONFIRM_REGISTRATION);
    }

    /**
     * Every hour, deletes the registrations left unconfirmed after their confirmation link expired
     * (at most {@value #SWEEP_BATCH} per run), so that their addresses are free again; how many it
     * deleted. One with a newer link still valid, or with tickets, stays.
     */
    @Schedule(minute = "23", hour = "*", persistent = false, info = "expired registrations")
    public int removeExpiredRegistrations() {
        List<CustomerUser> unconfirmed = em.createNamedQuery("CustomerUser.unconfirmedPastActivation", CustomerUser.class)
                .setParameter("now", clock.instant()).setMaxResults(SWEEP_BATCH).getResultList();
        int removed = 0;
        for (CustomerUser customer : unconfirmed) {
            if (removeExpiredRegistration(customer)) {
                removed++;
            }
        }
        return removed;
    }

    /**
     * Deletes a self-registration that was never confirmed and whose confirmation link has expired,
     * so its address can be registered again; whether it did.
     */
    private boolean removeExpiredRegistration(CustomerUser customer) {
        if (customer.isActivated()) {
            return false;
        }
        Instant now = clock.instant();
        List<CustomerToken> tokens = em.createNamedQuery("CustomerToken.ofCustomer", CustomerToken.class)
                .setParameter("customer", customer).getResultList();
        boolean pending = tokens.stream().anyMatch(t -> t.isUsableFor(CustomerToken.Purpose.ACTIVATION, now));
        boolean hasTickets = em.createQuery("SELECT COUNT(t) FROM Ticket t WHERE t.customer = :customer", Long.class)
                .setParameter("customer", customer).getSingleResult() > 0;
        if (pending || hasTickets) {
            return false;
        }
        tokens.forEach(em::remove);
        em.remove(customer);
        em.flush();
        return true;
    }

    /** Confirms a registration with the secret from the e-mail. */
    public void activate(String secret) {
        CustomerToken token = usable(secret, CustomerToken.Purpose.ACTIVATION);
        token.getCustomer().activate();
        token.use(clock.instant());
    }

    /** Mails a reset link if the address belongs to an active customer; says nothing either way. */
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            throw new ValidationException("email", "validation.required");
        }
        em.createNamedQuery("CustomerUser.byEmail", CustomerUser.class).setParameter("email", CustomerUser.emailKey(email.trim()))
                .getResultStream().filter(c -> c.isValid() && c.isActivated()).findFirst()
                .ifPresent(c -> issueLink(c, CustomerToken.Purpose.PASSWORD_RESET, "/customer/reset.xhtml", CustomerLinkIssued.Reason.PASSWORD_RESET));
    }

    public void resetPassword(String secret, String newPassword) {
        PasswordPolicy.check("password", newPassword);
        CustomerToken token = usable(secret, CustomerToken.Purpose.PASSWORD_RESET);
        token.getCustomer().getAccount().setPassword(newPassword.toCharArray());
        token.use(clock.instant());
    }

    private CustomerToken usable(String secret, CustomerToken.Purpose purpose) {
        Instant now = clock.instant();
        return em.createNamedQuery("CustomerToken.byHash", CustomerToken.class)
                .setParameter("hash", CustomerToken.hash(secret == null ? "" : secret)).getResultStream()
                .filter(t -> t.isUsableFor(purpose, now)).findFirst()
                .orElseThrow(() -> new ValidationException("token", "registration.tokenInvalid"));
    }

    private void issueLink(CustomerUser customer, CustomerToken.Purpose purpose, String page, CustomerLinkIssued.Reason reason) {
        CustomerToken.Issued issued = CustomerToken.issue(customer, purpose, clock.instant());
        em.persist(issued.token());
        linkIssued.fire(new CustomerLinkIssued(customer, reason, configuration.link(page + "?token=" + issued.secret())));
    }

    /**
     * A new company for the name typed at registration, never an existing one (typing a company's
     * name must not give access to its tickets); none when no name was typed.
     */
    private CustomerCompany ownCompany(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        String code = trimmed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-");
        CustomerCompany company = new CustomerCompany((code.length() > 60 ? code.substring(0, 60) : code) + "-"
                + Long.toString(clock.millis(), 36) + "-" + Integer.toString(RANDOM.nextInt(36 * 36 * 36), 36), trimmed);
        em.persist(company);
        return company;
    }
}
