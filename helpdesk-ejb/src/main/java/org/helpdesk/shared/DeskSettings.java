package org.helpdesk.shared;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Installation-wide settings read from the server's environment:
 * {@code HELPDESK_SYSTEM_ID} (two digits in every ticket number, default 10) and
 * {@code HELPDESK_TIME_ZONE} (the desk's time zone, default America/Lima),
 * {@code HELPDESK_MAIL_DOMAIN} (domain of the Message-IDs of sent mail, default helpdesk.local),
 * {@code HELPDESK_BASE_URL} (links in e-mail when the system settings name no address),
 * {@code HELPDESK_HOME} (files of this installation, default ~/.helpdesk),
 * {@code HELPDESK_MAIL_MAX_MB} (largest message fetched, default 20) and
 * {@code HELPDESK_MAX_AUTO_RESPONSES} (per sender and day, default 40), {@code HELPDESK_METRICS_TOKEN} (the
 * bearer token that {@code /api/metrics} asks for; none by default) and {@code HELPDESK_API_RATE_LIMIT} (API
 * requests per minute and token or user, default 1200, 0 for no limit). What administrators change
 * while the desk runs is in {@link org.helpdesk.settings.SystemSettings}.
 */
@ApplicationScoped
public class DeskSettings {

    private final int systemId;
    private final ZoneId timeZone;
    private final String mailDomain;
    private final String baseUrl;
    private final Path home;
    private final long maxMailBytes;
    private final int maxAutoResponses;
    private final String metricsToken;
    private final int apiRateLimit;

    /** The settings of this server, from its environment. */
    public DeskSettings() {
        this(System.getenv());
    }

    /** The settings an environment with these variables gives. */
    public DeskSettings(Map<String, String> environment) {
        systemId = Integer.parseInt(value(environment, "HELPDESK_SYSTEM_ID", "10"));
        timeZone = ZoneId.of(value(environment, "HELPDESK_TIME_ZONE", "America/Lima"));
        mailDomain = value(environment, "HELPDESK_MAIL_DOMAIN", "helpdesk.local");
        baseUrl = value(environment, "HELPDESK_BASE_URL", null);
        home = Path.of(value(environment, "HELPDESK_HOME", Path.of(System.getProperty("user.home"), ".helpdesk").toString()));
        maxMailBytes = Long.parseLong(value(environment, "HELPDESK_MAIL_MAX_MB", "20")) * 1024 * 1024;
        maxAutoResponses = Integer.parseInt(value(environment, "HELPDESK_MAX_AUTO_RESPONSES", "40"));
        metricsToken = value(environment, "HELPDESK_METRICS_TOKEN", null);
        apiRateLimit = Integer.parseInt(value(environment, "HELPDESK_API_RATE_LIMIT", "1200"));
    }

    public int systemId() {
        return systemId;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    /** The domain of the Message-IDs of the mail Helpdesk sends ({@code HELPDESK_MAIL_DOMAIN}). */
    public String mailDomain() {
        return mailDomain;
    }

    /**
     * The address of Helpdesk as users reach it ({@code HELPDESK_BASE_URL}), or null when it is not
     * set. Links use {@link org.helpdesk.settings.Settings#link}, which prefers the system settings.
     */
    public String environmentBaseUrl() {
        return baseUrl;
    }



    /** The directory of this installation's files ({@code HELPDESK_HOME}): H2 database, secret key. */
    public Path home() {
        return home;
    }



    /** The largest message fetched from a mailbox ({@code HELPDESK_MAIL_MAX_MB}, default 20 MB); larger ones stay there. */
    public long maxMailBytes() {
        return maxMailBytes;
    }

    /** How many auto-responses one address gets in 24 hours at most ({@code HELPDESK_MAX_AUTO_RESPONSES}, default 40). */
    public int maxAutoResponses() {
        return maxAutoResponses;
    }

    /**
     * The token monitoring must send as {@code Authorization: Bearer ...} to read {@code /api/metrics}
     * ({@code HELPDESK_METRICS_TOKEN}); null when none is set, and then only the server's own machine may read them.
     */
    public String metricsToken() {
        return metricsToken;
    }

    /** How many API requests one token or user may make a minute ({@code HELPDESK_API_RATE_LIMIT}, default 1200); 0 for no limit. */
    public int apiRateLimit() {
        return apiRateLimit;
    }

    private static String value(Map<String, String> environment, String name, String fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
