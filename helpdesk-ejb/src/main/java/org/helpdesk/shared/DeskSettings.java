package org.helpdesk.shared;

import java.time.ZoneId;
import java.util.Map;

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

    private final int systemId;
    private final ZoneId timeZone;
    private final String mailDomain;
    private final String baseUrl;
    private final long maxAttachmentBytes;
    private final boolean selfRegistration;

    /** The settings of this server, from its environment. */
    public DeskSettings() {
        this(System.getenv());
    }

    /** The settings an environment with these variables gives. */
    public DeskSettings(Map<String, String> environment) {
        systemId = Integer.parseInt(value(environment, "HELPDESK_SYSTEM_ID", "10"));
        timeZone = ZoneId.of(value(environment, "HELPDESK_TIME_ZONE", "America/Lima"));
        mailDomain = value(environment, "HELPDESK_MAIL_DOMAIN", "helpdesk.local");
        baseUrl = value(environment, "HELPDESK_BASE_URL", "http://localhost:8080/helpdesk");
        maxAttachmentBytes = Long.parseLong(value(environment, "HELPDESK_MAX_ATTACHMENT_MB", "10")) * 1024 * 1024;
        selfRegistration = Boolean.parseBoolean(value(environment, "HELPDESK_SELF_REGISTRATION", "true"));
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

    private static String value(Map<String, String> environment, String name, String fallback) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
