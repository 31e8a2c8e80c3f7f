package org.helpdesk.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final String ATTACKER = "203.0.113.66";
    private static final String OWNER = "198.51.100.7";

    private final LoginThrottle throttle = new LoginThrottle();

    @Test
    void theWaitDoublesAfterTheFreeFailuresUpToTheCap() {
        assertEquals(Duration.ZERO, LoginThrottle.waitAfter(2, 3));
        assertEquals(Duration.ofSeconds(2), LoginThrottle.waitAfter(3, 3));
        assertEquals(Duration.ofSeconds(4), LoginThrottle.waitAfter(4, 3));
        assertEquals(Duration.ofSeconds(8), LoginThrottle.waitAfter(5, 3));
        assertEquals(LoginThrottle.MAX_WAIT, LoginThrottle.waitAfter(20, 3));
        assertEquals(LoginThrottle.MAX_WAIT, LoginThrottle.waitAfter(5000, 3));
    }

    @Test
    void hammeringALoginSlowsTheHammererOnlyAndNeverLocksTheOwnerOut() {
        for (int i = 0; i < 50; i++) {
            Instant at = NOW.plusSeconds(i);
            if (throttle.blockedUntil("agent", "admin", ATTACKER, at) == null) {
                throttle.failed("agent", "admin", ATTACKER, at);
            }
        }
        assertNotNull(throttle.blockedUntil("agent", "admin", ATTACKER, NOW.plusSeconds(50)));
        assertNull(throttle.blockedUntil("agent", "admin", OWNER, NOW.plusSeconds(50)), "another address is not blocked");
        assertNull(throttle.blockedUntil("agent", "ADMIN ", OWNER, NOW.plusSeconds(50)));
        assertNull(throttle.blockedUntil("customer", "admin", ATTACKER, NOW.plusSeconds(50)), "the other portal's login is another");
    }

    @Test
    void threeFailuresFromOneAddressMakeItWaitTwoSecondsThenFour() {
        for (int i = 0; i < LoginThrottle.FREE_PER_LOGIN - 1; i++) {
            throttle.failed("agent", "maria", ATTACKER, NOW);
        }
        assertNull(throttle.blockedUntil("agent", "maria", ATTACKER, NOW));
        throttle.failed("agent", "maria", ATTACKER, NOW);
        assertEquals(NOW.plusSeconds(2), throttle.blockedUntil("agent", "maria", ATTACKER, NOW.plusSeconds(1)));
        assertNull(throttle.blockedUntil("agent", "maria", ATTACKER, NOW.plusSeconds(2)));
        throttle.failed("agent", "maria", ATTACKER, NOW.plusSeconds(2));
        assertEquals(NOW.plusSeconds(6), throttle.blockedUntil("agent", "Maria", ATTACKER, NOW.plusSeconds(3)));
    }

    @Test
    void aSuccessClearsTheLoginsCountButNotTheAddresses() {
        for (int i = 0; i < LoginThrottle.FREE_PER_LOGIN; i++) {
            throttle.failed("agent", "maria", ATTACKER, NOW);
        }
        throttle.succeeded("agent", "maria", ATTACKER);
        assertNull(throttle.blockedUntil("agent", "maria", ATTACKER, NOW));
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS - LoginThrottle.FREE_PER_LOGIN; i++) {
            throttle.failed("agent", "user" + i, ATTACKER, NOW);
        }
        assertNotNull(throttle.blockedUntil("agent", "maria", ATTACKER, NOW), "the address tried too many logins");
    }

    @Test
    void oneAddressTryingManyLoginsWaitsForAnyLogin() {
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("customer", "cliente" + i + "@example.com", ATTACKER, NOW);
        }
        assertEquals(NOW.plusSeconds(2), throttle.blockedUntil("agent", "someone-else", ATTACKER, NOW));
        assertNull(throttle.blockedUntil("agent", "someone-else", OWNER, NOW));
    }

    @Test
    void failuresAreForgottenAfterAQuietHour() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("agent", "maria", ATTACKER, NOW);
        }
        Instant later = NOW.plus(LoginThrottle.FORGET).plusSeconds(1);
        assertNull(throttle.blockedUntil("agent", "maria", ATTACKER, later));
        throttle.failed("agent", "maria", ATTACKER, later);
        assertNull(throttle.blockedUntil("agent", "maria", ATTACKER, later), "counting starts again");
    }
}
