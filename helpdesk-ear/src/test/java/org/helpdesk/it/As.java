package org.helpdesk.it;

import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Set;

import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.authz.Roles;

/**
 * Runs test code as a given caller, the way the web layer's login makes it: an identity with
 * that name and those roles in the server's application security domain. The services then see
 * the caller exactly as they would after a real login.
 */
public final class As {

    private As() {
    }

    public static <T> T agent(String login, PrivilegedExceptionAction<T> action) {
        return call(login, Set.of("agent"), action);
    }

    public static <T> T admin(String login, PrivilegedExceptionAction<T> action) {
        return call(login, Set.of("agent", "admin"), action);
    }

    public static <T> T customer(String login, PrivilegedExceptionAction<T> action) {
        return call(login, Set.of("customer"), action);
    }

    public static <T> T call(String login, Set<String> roles, PrivilegedExceptionAction<T> action) {
        SecurityIdentity identity = SecurityDomain.getCurrent().createAdHocIdentity(login)
                .withDefaultRoleMapper(RoleMapper.constant(Roles.fromSet(roles)));
        try {
            return identity.runAs(action);
        } catch (PrivilegedActionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}
