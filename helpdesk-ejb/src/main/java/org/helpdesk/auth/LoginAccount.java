package org.helpdesk.auth;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The password of an agent or customer login and its credentials version: a counter raised by every
 * password change, which ends the sessions opened with the old password (the web layer keeps the
 * version seen at login in the session and compares it on each request). Failed attempts are not
 * counted here: {@link LoginThrottle} slows them down per client address.
 */
@Embeddable
public class LoginAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "password_hash", length = 200)
    private String passwordHash;

    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    public LoginAccount() {
    }

    /** Sets a new password; sessions opened with the old one end. */
    public void setPassword(char[] password) {
        passwordHash = PasswordHash.hash(password);
        credentialsVersion++;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    /**
     * Whether {@code password} is this login's password. Takes as long when there is no password
     * (it is then checked against a dummy hash), so the answer time tells nothing.
     */
    public boolean matches(char[] password) {
        if (passwordHash == null) {
            PasswordHash.verifyDummy(password);
            return false;
        }
        return PasswordHash.verify(password, passwordHash);
    }

    public int getCredentialsVersion() {
        return credentialsVersion;
    }
}
