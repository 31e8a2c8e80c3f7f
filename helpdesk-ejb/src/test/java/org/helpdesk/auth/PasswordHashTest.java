package org.helpdesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void aPasswordChangeRaisesTheCredentialsVersion() {
        LoginAccount account = new LoginAccount();
        assertEquals(0, account.getCredentialsVersion());
        assertFalse(account.matches("anything".toCharArray()), "no password: nothing matches");
        account.setPassword("right-password".toCharArray());
        int first = account.getCredentialsVersion();
        assertTrue(account.matches("right-password".toCharArray()));
        assertFalse(account.matches("wrong".toCharArray()));
        account.setPassword("other-password".toCharArray());
        assertTrue(account.getCredentialsVersion() > first, "sessions opened with the old password end");
        assertFalse(account.matches("right-password".toCharArray()));
    }

    @Test
    void theDummyHashCostsAsMuchAsARealOne() {
        assertEquals(PasswordHash.ITERATIONS, PasswordHash.iterationsOf(PasswordHash.Dummy.HASH));
        assertEquals(PasswordHash.iterationsOf(PasswordHash.hash("x".toCharArray())), PasswordHash.iterationsOf(PasswordHash.Dummy.HASH));
        assertFalse(PasswordHash.verify("".toCharArray(), PasswordHash.Dummy.HASH));
    }

    @Test
    void anAccountWithoutPasswordTakesAsLongAsAWrongPassword() {
        LoginAccount withPassword = new LoginAccount();
        withPassword.setPassword("right-password".toCharArray());
        LoginAccount without = new LoginAccount();
        PasswordHash.verifyDummy("warm-up".toCharArray());
        long wrong = fastest(() -> withPassword.matches("wrong".toCharArray()));
        long none = fastest(() -> without.matches("wrong".toCharArray()));
        assertTrue(none * 3 > wrong, "no password: " + none + " ns, wrong password: " + wrong + " ns");
    }

    /** The fastest of three runs, in nanoseconds: the least disturbed by the machine's other work. */
    private static long fastest(Runnable check) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            check.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
