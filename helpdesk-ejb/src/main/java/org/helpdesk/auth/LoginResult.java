package org.helpdesk.auth;

import java.io.Serializable;
import java.util.Set;

/** The outcome of a login attempt: on success the caller's login, roles and language. */
public record LoginResult(boolean success, String login, Set<String> roles, String language) implements Serializable {

    public static LoginResult failed() {
        return new LoginResult(false, null, Set.of(), null);
    }
}
