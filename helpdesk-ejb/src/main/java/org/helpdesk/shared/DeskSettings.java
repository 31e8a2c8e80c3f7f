package org.helpdesk.shared;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Installation-wide settings read from the server's environment:
 * {@code HELPDESK_SYSTEM_ID} (two digits in every ticket number, default 10) and
 * {@code HELPDESK_TIME_ZONE} (the desk's time zone, default America/Lima).
 */
@ApplicationScoped
public class DeskSettings {

    private final int systemId = Integer.parseInt(env("HELPDESK_SYSTEM_ID", "10"));
    private final ZoneId timeZone = ZoneId.of(env("HELPDESK_TIME_ZONE", "America/Lima"));

    public int systemId() {
        return systemId;
    }

    public ZoneId timeZone() {
        return timeZone;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
