package org.helpdesk.shared;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Installation-wide settings read from the server's environment:
 * {@code HELPDESK_SYSTEM_ID} (two digits in every ticket number, default 10) and
 * {@code HELPDESK_TIME_ZONE} (the desk's time zone, default America/Lima),
 * {@code HELPDESK_MAIL_DOMAIN} (domain of the Message-IDs of sent mail, default helpdesk.local).
 */
@ApplicationScoped
public class DeskSettings {

    private final int systemId = Integer.parseInt(env("HELPDESK_SYSTEM_ID", "10"));
    private final ZoneId timeZone = ZoneId.of(env("HELPDESK_TIME_ZONE", "America/Lima"));
    private final String mailDomain = env("HELPDESK_MAIL_DOMAIN", "helpdesk.local");

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

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
