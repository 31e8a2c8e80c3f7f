package org.helpdesk.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.mail.MailOutbox;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.ValidationException;

/**
 * What customers do before they are logged in: register (the account works once they follow the
 * link mailed to them), and reset a forgotten password with a single-use link. Whether an address
 * is known is never told to someone asking for a reset.
 */
@Stateless
@PermitAll
@Interceptors(ConcurrencyGuard.class)
public class RegistrationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    BeanValidation validation;

    @Inject
    MailOutbox outbox;

    @Inject
    DeskSettings settings;

    @Inject
    Settings configuration;

    @Inject
    Clock clock;

    public void register(Registration registration) {
        if (!configuration.current().isSelfRegistration()) {
            throw new RuleViolationException("registration.closed");
        }
        validation.check(registration);
        String email = registration.email().trim().toLowerCase(Locale.ROOT);
        if (!em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", email).getResultList()
                .isEmpty()) {
            throw new ValidationException("email", "validation.taken", email);
        }
        CustomerUser customer = new CustomerUser(email, email, registration.firstName().trim(),
                registration.lastName().trim(), company(registration.company()));
        customer.setLanguage(Messages.supported(registration.language() == null ? null
                : Locale.forLanguageTag(registration.language())).getLanguage());
        customer.getAccount().setPassword(registration.password().toCharArray());
        customer.awaitActivation();
        em.persist(customer);
        mailToken(customer, CustomerToken.Purpose.ACTIVATION, "/customer/activate.xhtml", "registration.mail");
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
        em.createNamedQuery("CustomerUser.byEmail", CustomerUser.class).setParameter("email", email.trim())
                .getResultStream().filter(c -> c.isValid() && c.isActivated()).findFirst()
                .ifPresent(c -> mailToken(c, CustomerToken.Purpose.PASSWORD_RESET, "/customer/reset.xhtml", "reset.mail"));
    }

    public void resetPassword(String secret, String newPassword) {
        if (newPassword == null || newPassword.length() < 8) {
            throw new ValidationException("password", "validation.password");
        }
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

    private void mailToken(CustomerUser customer, CustomerToken.Purpose purpose, String page, String textKey) {
        CustomerToken.Issued issued = CustomerToken.issue(customer, purpose, clock.instant());
        em.persist(issued.token());
        Locale locale = Locale.forLanguageTag(customer.getLanguage());
        String link = settings.baseUrl() + page + "?token=" + issued.secret();
        outbox.send(customer.getEmail(), Messages.format(locale, textKey + ".subject"),
                Messages.format(locale, textKey + ".body", customer.getFirstName(), link));
    }

    /** The company named at registration: an existing one of that name, or a new one. */
    private CustomerCompany company(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String trimmed = name.trim();
        return em.createQuery("SELECT c FROM CustomerCompany c WHERE LOWER(c.name) = LOWER(:name)", CustomerCompany.class)
                .setParameter("name", trimmed).getResultStream().findFirst().orElseGet(() -> {
                    CustomerCompany company = new CustomerCompany(trimmed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-")
                            + "-" + Long.toString(clock.millis(), 36), trimmed);
                    em.persist(company);
                    return company;
                });
    }
}
