package org.helpdesk.web.security;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

/**
 * What a session remembers of its login: who, through which portal, and the credentials version of
 * their account at that moment. {@link SessionGuard} ends the session once the account's version
 * has moved on (the password was changed or reset).
 */
public record SessionStamp(Portal portal, String login, int credentialsVersion) implements Serializable {

    static final String ATTRIBUTE = SessionStamp.class.getName();

    static SessionStamp of(HttpSession session) {
        return session == null ? null : (SessionStamp) session.getAttribute(ATTRIBUTE);
    }

    void store(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The same login with a new credentials version: the session that changed the password goes on. */
    SessionStamp withVersion(int version) {
        return new SessionStamp(portal, login, version);
    }
}
