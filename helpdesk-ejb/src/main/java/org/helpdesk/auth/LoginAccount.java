package org.helpdesk.auth;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The password and the lock-out state of an agent or customer login. After
 * {@value #MAX_FAILURES} failed attempts in a row the login is refused for
 * {@link #LOCK_OUT}, even with the right password.
 */
@Embeddable
public class LoginAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_OUT = Duration.ofMinutes(15);

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    public LoginAccount() {
    }

    public void setPassword(char[] password) {
        passwordHash = PasswordHash.hash(password);
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isLockedOut(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Checks a login attempt and records its outcome. */
    public boolean attempt(char[] password, Instant now) {
        if (isLockedOut(now)) {
            return false;
        }
        if (PasswordHash.verify(password, passwordHash)) {
            failedLogins = 0;
            lockedUntil = null;
            return true;
        }
        failedLogins++;
        if (failedLogins >= MAX_FAILURES) {
            lockedUntil = now.plus(LOCK_OUT);
            failedLogins = 0;
        }
        return false;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }
}
