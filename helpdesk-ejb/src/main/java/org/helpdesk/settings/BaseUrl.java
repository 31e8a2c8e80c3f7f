package org.helpdesk.settings;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address of Helpdesk as users reach it, which every link in e-mail starts with, and where it
 * comes from: the system settings, else the server's {@code HELPDESK_BASE_URL}, else a default that
 * only works on the server's own machine.
 */
public record BaseUrl(String value, Source source) implements Serializable {

    /** Where the address in use comes from. */
    public enum Source {
        SETTINGS, ENVIRONMENT, DEFAULT
    }

    /** What links use when nobody configured an address. */
    public static final String FALLBACK = "http://localhost:8080/helpdesk";

    /** An http(s) address without query or fragment; blank means none. */
    public static final String PATTERN = "\\s*((?i)https?://[^\\s/?#]+(/[^\\s?#]*)?)?\\s*";

    private static final Pattern VALID = Pattern.compile(PATTERN);

    /** The address in use: the stored setting, else the environment's, else {@link #FALLBACK}. */
    public static BaseUrl resolve(String stored, String environment) {
        String setting = clean(stored);
        if (setting != null) {
            return new BaseUrl(setting, Source.SETTINGS);
        }
        String variable = clean(environment);
        return variable != null ? new BaseUrl(variable, Source.ENVIRONMENT) : new BaseUrl(FALLBACK, Source.DEFAULT);
    }

    /** Whether someone chose the address (in the settings or the server's environment). */
    public boolean isConfigured() {
        return source != Source.DEFAULT;
    }

    /** The link to a page of Helpdesk: {@code path} starts with a slash. */
    public String link(String path) {
        return value + path;
    }

    /** Whether {@code address} is blank or an http(s) address links can start with. */
    public static boolean isValid(String address) {
        return address == null || VALID.matcher(address).matches();
    }

    /** An address as stored and used: trimmed, without trailing slashes; null when blank. */
    public static String clean(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        String trimmed = address.trim();
        int end = trimmed.length();
        while (end > 0 && trimmed.charAt(end - 1) == '/') {
            end--;
        }
        return trimmed.substring(0, end);
    }

    /**
     * The address a browser reached Helpdesk at: {@code scheme://host[:port]/context}, the port
     * left out when it is the scheme's own.
     */
    public static String of(String scheme, String host, int port, String contextPath) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port <= 0 || "http".equals(lowerScheme) && port == 80 || "https".equals(lowerScheme) && port == 443;
        String hostPart = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host; // IPv6
        String address = lowerScheme + "://" + hostPart + (defaultPort ? "" : ":" + port) + (contextPath == null ? "" : contextPath);
        return clean(address);
    }
}
