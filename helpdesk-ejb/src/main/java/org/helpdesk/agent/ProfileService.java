package org.helpdesk.agent;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

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

    public void changeLanguage(String language) {
        boolean supported = Messages.SUPPORTED_LOCALES.stream().anyMatch(l -> l.getLanguage().equals(language));
        if (!supported) {
            throw new ValidationException("language", "validation.unknown", language);
        }
        agents.current(context).setLanguage(language);
    }
}
