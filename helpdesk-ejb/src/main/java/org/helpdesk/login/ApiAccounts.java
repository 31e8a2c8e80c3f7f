package org.helpdesk.login;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.customer.CustomerUser;

/** The account an API session or token stands for, as it is now: with the roles a login gives it, if it may still log in. */
@ApplicationScoped
public class ApiAccounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    AgentDirectory agents;

    /** The login's account when it is valid (an agent who must change their password first is not). */
    public Optional<LoginResult> current(boolean agent, String login) {
        if (agent) {
            return agents.byLogin(login).filter(Agent::isValid).filter(a -> !a.isMustChangePassword())
                    .map(a -> AuthenticationService.success(a, agents.on(a, AuthenticationService.ROLE_GROUPS)));
        }
        return em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", login)
                .getResultStream().findFirst().filter(c -> c.isValid() && c.isActivated()).map(AuthenticationService::success);
    }
}
