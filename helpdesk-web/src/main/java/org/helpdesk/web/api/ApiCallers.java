package org.helpdesk.web.api;

import java.security.PrivilegedAction;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.helpdesk.login.ApiSessions;
import org.helpdesk.login.AuthenticationService;
import org.helpdesk.login.LoginResult;
import org.helpdesk.shared.Stamp;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Who calls the generic interface, checked on each request as OTRS does: a SessionID from SessionCreate, or
 * an agent's UserLogin or a customer's CustomerUserLogin with the Password (through the same login checks,
 * throttling and audit as the login pages). The call then runs as that agent or customer, with the roles a
 * login gives them, so the services check their permissions as for the screens.
 */
@ApplicationScoped
public class ApiCallers {

    @EJB
    AuthenticationService authentication;

    @EJB
    ApiSessions sessions;

    /** The caller the credentials stand for; empty when they are wrong, unknown or expired. */
    public Optional<ApiSessions.Caller> authenticate(String sessionId, String userLogin, String customerLogin, String password,
            String clientAddress) {
        if (sessionId != null) {
            return sessions.resume(sessionId);
        }
        return login(userLogin, customerLogin, password, clientAddress);
    }

    /** A login with its password (as for SessionCreate); empty when wrong. */
    public Optional<ApiSessions.Caller> login(String userLogin, String customerLogin, String password, String clientAddress) {
        if (password == null || (userLogin == null && customerLogin == null)) {
            return Optional.empty();
        }
        boolean agent = userLogin != null;
        LoginResult result = agent ? authentication.authenticateAgent(userLogin, password.toCharArray(), clientAddress)
                : authentication.authenticateCustomer(customerLogin, password.toCharArray(), clientAddress);
        if (result.outcome() != LoginResult.Outcome.SUCCESS
                || authentication.credentials(agent, result.login()).map(c -> c.mustChangePassword()).orElse(true)) {
            return Optional.empty();
        }
        return Optional.of(new ApiSessions.Caller(agent, result));
    }

    /** Runs the action as the caller: an identity of the server's application domain with the caller's roles. */
    public <T> T runAs(ApiSessions.Caller caller, Supplier<T> action) {
        Set<String> roles = new HashSet<>(caller.login().roles());
        roles.add(Stamp.API_ROLE); // so the ticket's history says the change came through the API
        SecurityIdentity identity = SecurityDomain.getCurrent().createAdHocIdentity(caller.login().login())
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        return identity.runAs((PrivilegedAction<T>) action::get);
    }
}
