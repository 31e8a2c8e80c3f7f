package org.helpdesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    @Test
    void verifiesTheRightPasswordOnly() {
        String stored = PasswordHash.hash("correct horse".toCharArray());
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:210000:"));
        assertTrue(PasswordHash.verify("correct horse".toCharArray(), stored));
        assertFalse(PasswordHash.verify("correct hors".toCharArray(), stored));
        assertFalse(PasswordHash.verify("x".toCharArray(), null));
        assertFalse(PasswordHash.verify("x".toCharArray(), "md5:abc"));
    }

    @Test
    void samePasswordGivesDifferentHashes() {
        assertNotEquals(PasswordHash.hash("secret12".toCharArray()), PasswordHash.hash("secret12".toCharArray()));
    }

    @Test
    void randomPasswordsHaveTheAskedLength() {
        assertEquals(16, PasswordHash.randomPassword(16).length());
        assertNotEquals(PasswordHash.randomPassword(16), PasswordHash.randomPassword(16));
    }

    @Test
    void locksOutAfterRepeatedFailuresEvenWithTheRightPassword() {
        LoginAccount account = new LoginAccount();
        account.setPassword("right-password".toCharArray());
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        for (int i = 0; i < LoginAccount.MAX_FAILURES; i++) {
            assertFalse(account.attempt("wrong".toCharArray(), now));
        }
        assertTrue(account.isLockedOut(now));
        assertFalse(account.attempt("right-password".toCharArray(), now.plusSeconds(60)));
        Instant later = now.plus(LoginAccount.LOCK_OUT).plusSeconds(1);
        assertTrue(account.attempt("right-password".toCharArray(), later));
        assertEquals(0, account.getFailedLogins());
    }

    @Test
    void successResetsTheFailureCount() {
        LoginAccount account = new LoginAccount();
        account.setPassword("right-password".toCharArray());
        Instant now = Instant.parse("2026-11-26T10:00:00Z");
        for (int i = 0; i < LoginAccount.MAX_FAILURES - 1; i++) {
            account.attempt("wrong".toCharArray(), now);
        }
        assertTrue(account.attempt("right-password".toCharArray(), now));
        assertFalse(account.attempt("wrong".toCharArray(), now));
        assertFalse(account.isLockedOut(now));
    }
}
