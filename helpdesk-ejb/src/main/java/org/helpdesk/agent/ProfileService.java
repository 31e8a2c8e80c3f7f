package org.helpdesk.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import org.helpdesk.auth.PasswordPolicy;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.ValidationException;

/** The calling agent's own preferences. */
@Stateless
@RolesAllowed("agent")
@Interceptors(ConcurrencyGuard.class)
public class ProfileService {

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    /** The calling agent's id, e.g. to list their own tickets. */
    public long myId() {
        return agents.current(context).getId();
    }

    /** The language the agent reads Helpdesk in: {@code es} or {@code en}. */
    public String language() {
        return agents.current(context).getLanguage();
    }

    /** Whether the agent must replace a generated password before working. */
    public boolean mustChangePassword() {
        return agents.current(context).isMustChangePassword();
    }

    /**
     * Changes the calling agent's password: the current one proves it is them, the new one is typed
     * twice and follows the password policy. Their other sessions end; the credentials version
     * returned is the one the calling session goes on with.
     */
    public int changePassword(String currentPassword, String newPassword, String repeatedPassword) {
        Agent agent = agents.current(context);
        if (currentPassword == null || !agent.getAccount().matches(currentPassword.toCharArray())) {
            throw new ValidationException("currentPassword", "password.currentWrong");
        }
        PasswordPolicy.check("newPassword", newPassword);
        if (!newPassword.equals(repeatedPassword)) {
            throw new ValidationException("repeatPassword", "password.mismatch");
        }
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("newPassword", "password.unchanged");
        }
        agent.changeOwnPassword(newPassword.toCharArray());
        return agent.getAccount().getCredentialsVersion();
    }

    public void changeLanguage(String language) {
        boolean supported = Messages.SUPPORTED_LOCALES.stream().anyMatch(l -> l.getLanguage().equals(language));
        if (!supported) {
            throw new ValidationException("language", "validation.unknown", language);
        }
        agents.current(context).setLanguage(language);
    }
}
