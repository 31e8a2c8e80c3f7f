package org.helpdesk.agent;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import org.helpdesk.auth.LoginThrottle;
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

    /** The throttle's "portal" for current passwords typed to change a password. */
    private static final String PASSWORD_CHANGE = "password-change";

    @Inject
    AgentDirectory agents;

    @Inject
    LoginThrottle throttle;

    @Inject
    Clock clock;

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
     * Changes the calling agent's password: the current one proves it is them (wrong guesses slow
     * down as failed logins do), the new one is typed twice and follows the password policy. Their other sessions end; the credentials version
     * returned is the one the calling session goes on with.
     */
    public int changePassword(String currentPassword, String newPassword, String repeatedPassword) {
        Agent agent = agents.current(context);
        String session = "session of " + agent.getLogin(); // counted per account: only its own sessions slow down
        Instant now = clock.instant();
        if (throttle.blockedUntil(PASSWORD_CHANGE, agent.getLogin(), session, now) != null) {
            throw new ValidationException("currentPassword", "password.tooManyAttempts");
        }
        if (currentPassword == null || !agent.getAccount().matches(currentPassword.toCharArray())) {
            throttle.failed(PASSWORD_CHANGE, agent.getLogin(), session, now);
            throw new ValidationException("currentPassword", "password.currentWrong");
        }
        throttle.succeeded(PASSWORD_CHANGE, agent.getLogin(), session);
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
