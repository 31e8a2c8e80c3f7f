package org.helpdesk.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Slows down password guessing without locking anyone out. Failed logins are counted, in memory,
 * per login name and client address, and per client address alone. After {@value #FREE_PER_LOGIN}
 * failures for one login from one address (or {@value #FREE_PER_ADDRESS} from one address for any
 * logins) that address must wait before it may try again: 2 seconds, then twice as long after
 * every further failure, at most {@link #MAX_WAIT}. A success clears the count of that login and
 * address. Counts are forgotten after {@link #FORGET} without failures.
 *
 * <p>Nothing is counted per account alone: whoever hammers a login from one address slows down
 * only themselves, and its owner still logs in from another address at once.
 */
@ApplicationScoped
public class LoginThrottle {

    public static final int FREE_PER_LOGIN = 3;
    public static final int FREE_PER_ADDRESS = 10;
    public static final Duration MAX_WAIT = Duration.ofMinutes(15);
    public static final Duration FORGET = Duration.ofHours(1);
    /** Beyond this many tracked keys, forgotten ones are dropped first (a bound on memory). */
    static final int MAX_KEYS = 100_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** Until when attempts for {@code login} from {@code address} are refused; {@code null} when they are not. */
    public Instant blockedUntil(String portal, String login, String address, Instant now) {
        Instant byLogin = until(loginKey(portal, login, address), FREE_PER_LOGIN, now);
        Instant byAddress = until(addressKey(address), FREE_PER_ADDRESS, now);
        Instant later = byLogin == null ? byAddress : byAddress == null || byLogin.isAfter(byAddress) ? byLogin : byAddress;
        return later != null && later.isAfter(now) ? later : null;
    }

    public void failed(String portal, String login, String address, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.values().removeIf(f -> f.forgotten(now));
        }
        count(loginKey(portal, login, address), now);
        count(addressKey(address), now);
    }

    public void succeeded(String portal, String login, String address) {
        failures.remove(loginKey(portal, login, address));
    }

    /** How long to wait after {@code count} failures when the first {@code free} cost nothing. */
    public static Duration waitAfter(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int doublings = count - free;
        long seconds = doublings >= 30 ? Long.MAX_VALUE : 2L << doublings;
        return seconds >= MAX_WAIT.toSeconds() ? MAX_WAIT : Duration.ofSeconds(seconds);
    }

    private Instant until(String key, int free, Instant now) {
        Failures counted = failures.get(key);
        if (counted == null || counted.forgotten(now)) {
            return null;
        }
        return counted.last.plus(waitAfter(counted.count, free));
    }

    private void count(String key, Instant now) {
        failures.compute(key, (k, old) -> old == null || old.forgotten(now) ? new Failures(1, now) : new Failures(old.count + 1, now));
    }

    private static String loginKey(String portal, String login, String address) {
        String name = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        return portal + "\u0000" + name + "\u0000" + addressKey(address);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? "unknown" : address.trim();
    }

    /** The failures counted for one key and when the last one happened. */
    private record Failures(int count, Instant last) {
        boolean forgotten(Instant now) {
            return last.plus(FORGET).isBefore(now);
        }
    }
}
