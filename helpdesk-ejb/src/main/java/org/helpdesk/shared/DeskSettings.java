package org.helpdesk.shared;

import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Installation-wide settings read from the server's environment:
 * {@code HELPDESK_SYSTEM_ID} (two digits in every ticket number, default 10) and
 * {@code HELPDESK_TIME_ZONE} (the desk's time zone, default America/Lima),
 * {@code HELPDESK_MAIL_DOMAIN} (domain of the Message-IDs of sent mail, default helpdesk.local),
 * {@code HELPDESK_BASE_URL} (links in e-mail) and {@code HELPDESK_SELF_REGISTRATION} (default true).
 */
@ApplicationScoped
public class DeskSettings {

    private final int systemId = Integer.parseInt(env("HELPDESK_SYSTEM_ID", "10"));
    private final ZoneId timeZone = ZoneId.of(env("HELPDESK_TIME_ZONE", "America/Lima"));
    private final String mailDomain = env("HELPDESK_MAIL_DOMAIN", "helpdesk.local");
    private final String baseUrl = env("HELPDESK_BASE_URL", "http://localhost:8080/helpdesk");
    private final long maxAttachmentBytes = Long.parseLong(env("HELPDESK_MAX_ATTACHMENT_MB", "10")) * 1024 * 1024;
    private final boolean selfRegistration = Boolean.parseBoolean(env("HELPDESK_SELF_REGISTRATION", "true"));

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

    /** The address of Helpdesk as users reach it, for links in e-mail ({@code HELPDESK_BASE_URL}). */
    public String baseUrl() {
        return baseUrl;
    }

    /** The largest file accepted as an attachment ({@code HELPDESK_MAX_ATTACHMENT_MB}, default 10 MB). */
    public long maxAttachmentBytes() {
        return maxAttachmentBytes;
    }

    /** Whether customers may register themselves ({@code HELPDESK_SELF_REGISTRATION}, default true). */
    public boolean selfRegistration() {
        return selfRegistration;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
