package org.helpdesk.login;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.auth.LoginAccount;
import org.helpdesk.auth.LoginThrottle;
import org.helpdesk.auth.PasswordHash;
import org.helpdesk.customer.CustomerUser;

/**
 * Checks agent and customer logins for the web layer's identity store. The outcome is the same, and
 * takes as long, whether the login does not exist, is invalid or has a wrong password: exactly one
 * password hash is checked in every case. Failures are slowed down per client address by
 * {@link LoginThrottle} (nobody is locked out) and written to the audit log.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    public static final String ROLE_AGENT = "agent";
    public static final String ROLE_ADMIN = "admin";
    /** Shows the reports in the menu; the report services check the stats group themselves. */
    public static final String ROLE_STATS = "stats";
    public static final String ROLE_CUSTOMER = "customer";
    /** The groups an agent's roles come from. */
    static final Set<String> ROLE_GROUPS = Set.of(AgentGroup.ADMIN, AgentGroup.STATS);

    /** How failed logins appear in the audit log. */
    public static final String AUDIT_TYPE = "Login";

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AgentDirectory agents;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

    /** Checks an agent's login typed from {@code clientAddress} (the address the request came from). */
    public LoginResult authenticateAgent(String login, char[] password, String clientAddress) {
        String name = login == null ? "" : login.trim();
        if (throttled(ROLE_AGENT, name, clientAddress)) {
            return LoginResult.throttled();
        }
        Agent agent = name.isEmpty() ? null : agents.byLogin(name).orElse(null);
        boolean right = check(agent == null ? null : agent.getAccount(), password);
        if (!right || !agent.isValid()) {
            return failed(ROLE_AGENT, name, clientAddress);
        }
        throttle.succeeded(ROLE_AGENT, name, clientAddress);
        return success(agent, agents.on(agent, ROLE_GROUPS));
    }

    /**
     * A logged-in agent: the roles their account gives now, from what they hold on {@link #ROLE_GROUPS} (see
     * {@link AgentDirectory#on}): rw on admin makes an administrator (as {@link Agent#isAdmin}), any permission on
     * stats shows the reports.
     */
    static LoginResult success(Agent agent, Map<String, Set<Permission>> held) {
        Set<String> roles = new HashSet<>(Set.of(ROLE_AGENT));
        if (held.getOrDefault(AgentGroup.ADMIN, Set.of()).contains(Permission.RW)) {
            roles.add(ROLE_ADMIN);
        }
        if (held.getOrDefault(AgentGroup.STATS, Set.of()).stream().anyMatch(Permission.RO::isGrantedBy)) {
            roles.add(ROLE_STATS);
        }
        return new LoginResult(LoginResult.Outcome.SUCCESS, agent.getLogin(), Set.copyOf(roles), agent.getLanguage(),
                agent.getAccount().getCredentialsVersion());
    }

    /** Checks a customer's login typed from {@code clientAddress}. */
    public LoginResult authenticateCustomer(String login, char[] password, String clientAddress) {
        String name = login == null ? "" : login.trim();
        if (throttled(ROLE_CUSTOMER, name, clientAddress)) {
            return LoginResult.throttled();
        }
        CustomerUser customer = name.isEmpty() ? null : customer(name);
        boolean right = check(customer == null ? null : customer.getAccount(), password);
        if (!right || !customer.isValid() || !customer.isActivated()) {
            return failed(ROLE_CUSTOMER, name, clientAddress);
        }
        throttle.succeeded(ROLE_CUSTOMER, name, clientAddress);
        return success(customer);
    }

    /** A logged-in customer. */
    static LoginResult success(CustomerUser customer) {
        return new LoginResult(LoginResult.Outcome.SUCCESS, customer.getLogin(), Set.of(ROLE_CUSTOMER), customer.getLanguage(),
                customer.getAccount().getCredentialsVersion());
    }

    /**
     * The current state of a logged-in user's account, for the check on each request; empty when the
     * login no longer exists or may no longer log in, which ends the session too. Read on every
     * request, so without a transaction of its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CredentialsState> credentials(boolean agent, String login) {
        if (agent) {
            return agents.byLogin(login).filter(Agent::isValid)
                    .map(a -> new CredentialsState(a.getAccount().getCredentialsVersion(), a.isMustChangePassword()));
        }
        return Optional.ofNullable(customer(login)).filter(c -> c.isValid() && c.isActivated())
                .map(c -> new CredentialsState(c.getAccount().getCredentialsVersion(), false));
    }

    private CustomerUser customer(String login) {
        return em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", login)
                .getResultStream().findFirst().orElse(null);
    }

    /** One password hash checked in every case: against a dummy hash when there is no account. */
    private static boolean check(LoginAccount account, char[] password) {
        if (account == null) {
            PasswordHash.verifyDummy(password);
            return false;
        }
        return account.matches(password);
    }

    private boolean throttled(String portal, String login, String clientAddress) {
        Instant until = throttle.blockedUntil(portal, login, clientAddress, clock.instant());
        if (until != null) {
            LOG.info(() -> "Login of " + portal + " '" + printable(login) + "' from " + printable(clientAddress)
                    + " refused without checking: too many failures, wait until " + until);
        }
        return until != null;
    }

    private LoginResult failed(String portal, String login, String clientAddress) {
        Instant now = clock.instant();
        throttle.failed(portal, login, clientAddress, now);
        String address = clientAddress == null || clientAddress.isBlank() ? "?" : printable(clientAddress);
        em.persist(new AuditEntry(now, address.length() > 100 ? address.substring(0, 100) : address, AUDIT_TYPE, null,
                printable(login), AuditEntry.Action.LOGIN_FAILED, "portal: " + portal + "\naddress: " + address));
        LOG.info(() -> "Failed login of " + portal + " '" + printable(login) + "' from " + address);
        return LoginResult.failed();
    }

    private static String printable(String text) {
        return String.valueOf(text).replaceAll("\\p{Cntrl}", "_");
    }
}
