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
import org.helpdesk.mail.outbound.MailOutbox;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.RuleViolationException;
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

    @Inject
    OAuthClient oauthClient;

    @Inject
    OAuthTokens tokens;

    @Inject
    MailOutbox outbox;

    @Inject
    Settings configuration;

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
        boolean oauth = form.oauth() != null;
        if (form.id() == null) {
            if (!oauth && (form.password() == null || form.password().isEmpty())) {
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
        boolean sameServer = form.id() == null || sameServer(account, form);
        String trusted = Fingerprints.normalize(form.trustedCertificateSha256());
        // as for a password: trusting another certificate is like another server (removing one is not)
        boolean sameCertificate = form.id() == null || trusted == null || trusted.equals(account.getTrustedCertificateSha256());
        if (form.id() != null && !oauth && (form.password() == null || form.password().isEmpty())) {
            if (account.usesOAuth()) {
                // from OAuth2 back to a password: there is none stored to keep
                throw new ValidationException("password", "validation.required");
            }
            if (!sameServer) {
                throw new ValidationException("password", "mail.account.passwordAgain");
            }
            requireSameCertificate(account, form);
        }
        account.connectTo(form.protocol(), form.startTls(), form.host().trim(), form.port(), form.login().trim(), form.folder());
        account.secure(form.trustedCertificateSha256(), form.allowPlaintext());
        account.deliverTo(queue, form.dispatchByRecipient(), form.pollSeconds());
        if (oauth) {
            OAuthSettings client = form.oauth();
            if (client.sendsMail() && (client.smtpHost() == null || client.smtpHost().isBlank()) && client.provider().smtpHost() == null) {
                throw new ValidationException("oauth.smtpHost", "mail.oauth.smtpHostRequired");
            }
            MailOAuth settings = account.usesOAuth() ? account.getOauth() : new MailOAuth(form.oauth().provider());
            String secret = form.oauth().clientSecret();
            settings.configure(form.oauth(), secret == null || secret.isEmpty() ? null : secrets.seal(secret));
            if (!sameServer || !sameCertificate) {
                settings.forgetTokens();
            }
            account.useOAuth(settings);
            if (account.getPasswordSecret() == null) {
                account.setPasswordSecret(secrets.seal(""));
            }
        } else {
            account.useOAuth(null);
            if (form.password() != null && !form.password().isEmpty()) {
                account.setPasswordSecret(secrets.seal(form.password()));
            }
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
        boolean oauth = form.oauth() != null;
        if (oauth) {
            // with the saved account's token, for the server it was granted for
            MailAccount stored = form.id() == null ? null : lookup.require(MailAccount.class, form.id());
            if (stored == null || !stored.usesOAuth() || !stored.getOauth().isAuthorized()) {
                throw new RuleViolationException("mail.oauth.notAuthorized");
            }
            requireSameServer(stored, form);
            try {
                password = tokens.accessToken(stored.getId());
            } catch (OAuthRefusedException refused) {
                return new ConnectionCheck(false, 0, refused.getMessage(), null);
            }
        } else if ((password == null || password.isEmpty()) && form.id() != null) {
            MailAccount stored = lookup.require(MailAccount.class, form.id());
            requireSameServer(stored, form);
            requireSameCertificate(stored, form);
            password = secrets.open(stored.getPasswordSecret());
        }
        try {
            return new ConnectionCheck(true, reader.check(form.protocol(), form.startTls(), oauth, form.host().trim(), form.port(),
                    form.login().trim(), password == null ? "" : password, form.folder() == null ? "INBOX" : form.folder().trim(),
                    Fingerprints.normalize(form.trustedCertificateSha256())), null, null);
        } catch (UntrustedCertificateException e) {
            return new ConnectionCheck(false, 0, describe(e), e.getCertificate());
        } catch (MessagingException e) {
            return new ConnectionCheck(false, 0, describe(e), null);
        }
    }

    /** Where the provider sends the administrator back: the address to register with the OAuth2 client. */
    public String redirectUri() {
        return configuration.link(OAUTH_CALLBACK);
    }

    /** The page the provider sends the administrator back to (Helpdesk's, under the administration). */
    public static final String OAUTH_CALLBACK = "/admin/oauth-callback";

    /**
     * Starts the OAuth2 authorization of a mailbox: the provider's address to send the administrator to, with a
     * new state and PKCE verifier kept (sealed) on the account until the provider sends them back.
     */
    public String beginAuthorization(long accountId) {
        agents.requireAdmin(agents.current(context));
        String redirectUri = redirectUri();
        MailAccount account = lookup.require(MailAccount.class, accountId);
        if (!account.usesOAuth()) {
            throw new RuleViolationException("mail.oauth.notOAuth");
        }
        String state = OAuthClient.random();
        String verifier = OAuthClient.random();
        account.getOauth().begin(state, secrets.seal(verifier));
        return oauthClient.authorizationUrl(account.getOauth(), state, verifier, redirectUri, account.getLogin());
    }

    /**
     * Finishes an authorization: the provider sent the administrator back with a code for the state it was
     * given; the code is exchanged for tokens (with the PKCE verifier). A refusal keeps the provider's words.
     * The account's mail is fetched from now on; what waited on the server while it was not, comes now, and the
     * mail that waited to be sent through it goes.
     */
    public MailAccount completeAuthorization(String state, String code) {
        agents.requireAdmin(agents.current(context));
        String redirectUri = redirectUri();
        MailAccount account = em.createNamedQuery("MailAccount.byOAuthState", MailAccount.class).setParameter("state", state)
                .getResultStream().findFirst().orElseThrow(() -> new RuleViolationException("mail.oauth.unknownState"));
        MailOAuth oauth = account.getOauth();
        try {
            OAuthClient.Grant grant = oauthClient.exchange(oauth, oauth.getClientSecret() == null ? null
                    : secrets.open(oauth.getClientSecret()), code, secrets.open(oauth.getVerifier()), redirectUri);
            if (grant.refreshToken() == null) {
                throw new OAuthRefusedException("no refresh token granted (offline access / offline_access scope)", false);
            }
            oauth.granted(secrets.seal(grant.accessToken()), grant.expiresAt(), secrets.seal(grant.refreshToken()));
        } catch (OAuthRefusedException refused) {
            throw new RuleViolationException("mail.oauth.refused", refused.getMessage());
        }
        account.polled(account.getLastPollAt(), null);
        if (oauth.sendsMail()) {
            // what waited for the mailbox to send again goes now, not after its pause
            outbox.resume(account.getLogin());
        }
        return account;
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
     * The stored password (or OAuth2 token) goes only to the server it was given for: when the form changes the
     * protocol, TLS, host, port or login, the password must be typed again (the mailbox authorized again).
     */
    private static boolean sameServer(MailAccount stored, MailAccountForm form) {
        return stored.getProtocol() == form.protocol() && stored.isStartTls() == form.startTls()
                && stored.getHost().equalsIgnoreCase(form.host().trim()) && stored.getPort() == form.port()
                && stored.getLogin().equals(form.login().trim());
    }

    private static void requireSameServer(MailAccount stored, MailAccountForm form) {
        if (!sameServer(stored, form)) {
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
