package org.helpdesk.web.api;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpdesk.shared.DeskSettings;

/**
 * How many API requests a token or a user may make: {@code HELPDESK_API_RATE_LIMIT} a minute, as a bucket that
 * holds a minute's worth and refills evenly (so a burst of that size passes, then the steady rate). Kept in this
 * server's memory.
 */
@ApplicationScoped
public class ApiRateLimit {

    private static final int FORGET_AFTER = 10_000;

    @Inject
    DeskSettings settings;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the caller's bucket: 0 when it may go ahead, else the seconds to wait. */
    public long take(String caller) {
        int perMinute = settings.apiRateLimit();
        if (perMinute <= 0) {
            return 0;
        }
        if (buckets.size() > FORGET_AFTER) {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.full(now, perMinute));
        }
        return buckets.computeIfAbsent(caller, key -> new Bucket(perMinute)).take(System.nanoTime(), perMinute);
    }

    private static final class Bucket {
        private double tokens;
        private long at = System.nanoTime();

        Bucket(int perMinute) {
            tokens = perMinute;
        }

        synchronized long take(long now, int perMinute) {
            refill(now, perMinute);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
        }

        synchronized boolean full(long now, int perMinute) {
            refill(now, perMinute);
            return tokens >= perMinute;
        }

        private void refill(long now, int perMinute) {
            tokens = Math.min(perMinute, tokens + (now - at) / 1e9 * perMinute / 60.0);
            at = now;
        }
    }
}
