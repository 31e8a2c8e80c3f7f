package org.helpdesk.auth;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.customer.CustomerUser;

/**
 * Checks agent and customer logins for the web layer's identity store. Failed attempts are
 * counted and lock the login out for a while (see {@link LoginAccount}); the outcome is the
 * same whether the login does not exist, is invalid, locked out or has a wrong password.
 */
@Stateless
@PermitAll
public class AuthenticationService {

    public static final String ROLE_AGENT = "agent";
    public static final String ROLE_ADMIN = "admin";
    public static final String ROLE_CUSTOMER = "customer";

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AgentDirectory agents;

    @Inject
    Clock clock;

    public LoginResult authenticateAgent(String login, char[] password) {
        Agent agent = login == null ? null : agents.byLogin(login.trim()).orElse(null);
        if (agent == null || !agent.isValid() || !agent.getAccount().attempt(password, clock.instant())) {
            logFailure("agent", login, agent == null ? null : agent.getAccount());
            return LoginResult.failed();
        }
        Set<String> roles = new HashSet<>(Set.of(ROLE_AGENT));
        if (agent.isAdmin()) {
            roles.add(ROLE_ADMIN);
        }
        return new LoginResult(true, agent.getLogin(), Set.copyOf(roles), agent.getLanguage());
    }

    public LoginResult authenticateCustomer(String login, char[] password) {
        CustomerUser customer = login == null ? null
                : em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", login.trim())
                        .getResultStream().findFirst().orElse(null);
        if (customer == null || !customer.isValid() || !customer.isActivated()
                || !customer.getAccount().attempt(password, clock.instant())) {
            logFailure("customer", login, customer == null ? null : customer.getAccount());
            return LoginResult.failed();
        }
        return new LoginResult(true, customer.getLogin(), Set.of(ROLE_CUSTOMER), customer.getLanguage());
    }

    private void logFailure(String kind, String login, LoginAccount account) {
        if (account != null && account.isLockedOut(clock.instant())) {
            LOG.warning(() -> "Login of " + kind + " '" + printable(login) + "' refused: locked out until " + account.getLockedUntil());
        } else {
            LOG.info(() -> "Failed login of " + kind + " '" + printable(login) + "'");
        }
    }

    private static String printable(String login) {
        return String.valueOf(login).replaceAll("\\p{Cntrl}", "_");
    }
}
