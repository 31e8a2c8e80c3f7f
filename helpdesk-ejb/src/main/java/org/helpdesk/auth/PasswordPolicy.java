package org.helpdesk.auth;

import org.helpdesk.shared.ValidationException;

/** What a new password must be, wherever it is set: at least {@value #MIN_LENGTH} characters. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;

    private PasswordPolicy() {
    }

    /** Refuses a password that is too short, naming {@code field}. */
    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new ValidationException(field, "validation.password");
        }
    }
}
