package org.helpdesk.login;

import java.io.Serializable;
import java.util.Set;

/**
 * The outcome of a login attempt: on success the caller's login, roles, language and the credentials
 * version their session starts with (see {@link LoginAccount}).
 */
public record LoginResult(Outcome outcome, String login, Set<String> roles, String language, int credentialsVersion)
        implements Serializable {

    /** Success; a wrong login or password (the same for both); or too many failures from this address just now. */
    public enum Outcome {
        SUCCESS, FAILED, THROTTLED
    }

    public static LoginResult failed() {
        return new LoginResult(Outcome.FAILED, null, Set.of(), null, 0);
    }

    public static LoginResult throttled() {
        return new LoginResult(Outcome.THROTTLED, null, Set.of(), null, 0);
    }

    public boolean success() {
        return outcome == Outcome.SUCCESS;
    }
}
