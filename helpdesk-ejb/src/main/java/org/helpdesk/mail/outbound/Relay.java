package org.helpdesk.mail.outbound;

import jakarta.mail.Session;

/**
 * An SMTP server to deliver through: a mail session that says where and how (its {@code mail.smtp.*}
 * properties), and the credentials to sign in with, if not the session's own.
 *
 * @param name what the delivery errors call it
 * @param user who signs in; null: the session connects as it is configured (the server's relay)
 * @param password the password, or the OAuth2 access token when the session's mechanism is XOAUTH2
 */
public record Relay(String name, Session session, String user, String password) {

    /** The server's own relay, the mail session as the server configuration sets it up. */
    static Relay of(Session session) {
        return new Relay("relay", session, null, null);
    }
}
