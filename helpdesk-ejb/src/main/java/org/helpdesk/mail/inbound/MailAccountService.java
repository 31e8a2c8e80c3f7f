package org.helpdesk.mail.inbound;

import java.util.Locale;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.SecretBox;
import org.helpdesk.shared.ValidationException;

/** Administration of the mail accounts Helpdesk fetches from and of the desk's system addresses. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class MailAccountService {

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

    @Inject
    SecretBox secrets;

    @Inject
    MailboxReader reader;

    @EJB
    MailPolling polling;

    public Page<MailAccount> accounts(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, MailAccount.class, "MailAccount.all", "MailAccount.count", first, pageSize);
    }

    public MailAccount account(long id) {
        agents.requireAdmin(agents.current(context));
        return lookup.require(MailAccount.class, id);
    }

    /**
     * Creates or changes an account and sets its polling timer. IMAP or POP3 without TLS only with
     * the administrator's consent ({@code allowPlaintext}).
     */
    public MailAccount save(MailAccountForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        requireTlsOrConsent(form);
        String name = form.name().trim();
        MailAccount account;
        if (form.id() == null) {
            if (form.password() == null || form.password().isEmpty()) {
                throw new ValidationException("password", "validation.required");
            }
            account = new MailAccount(name);
        } else {
            account = lookup.require(MailAccount.class, form.id());
            account.checkVersion(form.version());
            account.rename(name);
        }
        em.createNamedQuery("MailAccount.byName", MailAccount.class).setParameter("name", name).getResultStream()
                .filter(other -> !other.getId().equals(form.id()))
                .findAny().ifPresent(other -> {
                    throw new ValidationException("name", "validation.taken", name);
                });
        Queue queue = lookup.reference(Queue.class, form.queueId(), "queueId");
        if (form.id() != null && (form.password() == null || form.password().isEmpty())) {
            requireSameServer(account, form);
            requireSameCertificate(account, form);
        }
        account.connectTo(form.protocol(), form.startTls(), form.host().trim(), form.port(), form.login().trim(), form.folder());
        account.secure(form.trustedCertificateSha256(), form.allowPlaintext());
        account.deliverTo(queue, form.dispatchByRecipient(), form.pollSeconds());
        if (form.password() != null && !form.password().isEmpty()) {
            account.setPasswordSecret(secrets.seal(form.password()));
        }
        account.setValid(form.valid());
        if (form.id() == null) {
            em.persist(account);
        }
        em.flush();
        polling.schedule(account);
        return account;
    }

    /**
     * Connects with the settings in the form (the stored password when the form leaves it blank and
     * names the stored server, login and trusted certificate) and reports the number of messages
     * waiting or the server's error, word for word; when the server's certificate is not trusted,
     * also that certificate. Without TLS only with the administrator's consent, as for saving.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ConnectionCheck testConnection(MailAccountForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        requireTlsOrConsent(form);
        String password = form.password();
        if ((password == null || password.isEmpty()) && form.id() != null) {
            MailAccount stored = lookup.require(MailAccount.class, form.id());
            requireSameServer(stored, form);
            requireSameCertificate(stored, form);
            password = secrets.open(stored.getPasswordSecret());
        }
        try {
            return new ConnectionCheck(true, reader.check(form.protocol(), form.startTls(), form.host().trim(), form.port(),
                    form.login().trim(), password == null ? "" : password, form.folder() == null ? "INBOX" : form.folder().trim(),
                    Fingerprints.normalize(form.trustedCertificateSha256())), null, null);
        } catch (UntrustedCertificateException e) {
            return new ConnectionCheck(false, 0, describe(e), e.getCertificate());
        } catch (MessagingException e) {
            return new ConnectionCheck(false, 0, describe(e), null);
        }
    }

    /** Fetches the account's mail now (each message in a transaction of its own). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public PollResult pollNow(long accountId) {
        agents.requireAdmin(agents.current(context));
        lookup.require(MailAccount.class, accountId);
        return polling.pollNow(accountId);
    }

    public Page<SystemAddress> systemAddresses(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, SystemAddress.class, "SystemAddress.all", "SystemAddress.count", first, pageSize);
    }

    /** Creates ({@code id} null) or changes a system address. */
    public SystemAddress saveSystemAddress(SystemAddressForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        Long id = form.id();
        String address = form.email().trim().toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new ValidationException("email", "validation.email");
        }
        Queue queue = lookup.reference(Queue.class, form.queueId(), "queueId");
        SystemAddress system;
        if (id == null) {
            system = new SystemAddress(address, form.displayName(), queue);
        } else {
            system = lookup.require(SystemAddress.class, id);
            system.checkVersion(form.version());
            system.change(address, form.displayName(), queue);
        }
        em.createNamedQuery("SystemAddress.byEmail", SystemAddress.class).setParameter("email", address).getResultStream()
                .filter(other -> !other.getId().equals(id)).findAny().ifPresent(other -> {
                    throw new ValidationException("email", "validation.taken", address);
                });
        system.setValid(form.valid());
        if (id == null) {
            em.persist(system);
        }
        return system;
    }

    /**
     * The stored password goes only to the server it was given for: when the form changes the
     * protocol, TLS, host, port or login, the password must be typed again.
     */
    private static void requireSameServer(MailAccount stored, MailAccountForm form) {
        boolean same = stored.getProtocol() == form.protocol() && stored.isStartTls() == form.startTls()
                && stored.getHost().equalsIgnoreCase(form.host().trim()) && stored.getPort() == form.port()
                && stored.getLogin().equals(form.login().trim());
        if (!same) {
            throw new ValidationException("password", "mail.account.passwordAgain");
        }
    }

    /**
     * Trusting another certificate sends the stored password to whichever server shows it: a
     * certificate other than the stored one needs the password typed again (removing it does not).
     */
    private static void requireSameCertificate(MailAccount stored, MailAccountForm form) {
        String trusted = Fingerprints.normalize(form.trustedCertificateSha256());
        if (!form.protocol().isPlaintext(form.startTls()) && trusted != null
                && !trusted.equals(stored.getTrustedCertificateSha256())) {
            throw new ValidationException("password", "mail.account.passwordAgainCertificate");
        }
    }

    /** IMAP or POP3 without TLS sends password and mail unencrypted: only when the administrator ticked it. */
    private static void requireTlsOrConsent(MailAccountForm form) {
        if (form.protocol().isPlaintext(form.startTls()) && !form.allowPlaintext()) {
            throw new ValidationException("allowPlaintext", "mail.account.plaintextRefused");
        }
    }

    private static String describe(MessagingException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" — ").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage());
        }
        return text.toString();
    }
}
