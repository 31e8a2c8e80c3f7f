package org.helpdesk.login;

import java.io.Serializable;

/**
 * What the web layer checks on each request of a logged-in user: the account's credentials
 * version (a session opened with an older one is over) and whether an agent must first change
 * their password.
 */
public record CredentialsState(int credentialsVersion, boolean mustChangePassword) implements Serializable {
}
