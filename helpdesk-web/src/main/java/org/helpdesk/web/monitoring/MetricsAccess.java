package org.helpdesk.web.monitoring;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who may read {@code /api/metrics}. When the administrator has set a token ({@code HELPDESK_METRICS_TOKEN}), whoever
 * sends it as {@code Authorization: Bearer <token>}, from anywhere, and nobody else. Without a token, only the
 * server's own machine (a loopback address).
 */
final class MetricsAccess {

    enum Decision {
        ALLOWED,
        /** a token is set and the request did not send it: answer 401 */
        UNAUTHORIZED,
        /** no token is set and the request came from another machine: answer 403 */
        FORBIDDEN
    }

    private static final String BEARER = "Bearer ";

    private MetricsAccess() {
    }

    static Decision decide(String configuredToken, String authorization, String remoteAddress) {
        if (configuredToken != null && !configuredToken.isBlank()) {
            return sendsToken(authorization, configuredToken) ? Decision.ALLOWED : Decision.UNAUTHORIZED;
        }
        return isLoopback(remoteAddress) ? Decision.ALLOWED : Decision.FORBIDDEN;
    }

    /** Compares digests, so that the time taken tells nothing about the token, not even its length. */
    private static boolean sendsToken(String authorization, String token) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        return MessageDigest.isEqual(sha256(authorization.substring(BEARER.length()).trim()), sha256(token));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether an IP address as the servlet container gives it (never a host name) is a loopback address. */
    static boolean isLoopback(String address) {
        // only IP literals (IPv6 ones always hold a colon), so that this never asks DNS
        if (address == null || !(address.contains(":") || address.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
