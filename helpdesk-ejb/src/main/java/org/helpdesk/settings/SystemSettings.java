package org.helpdesk.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** The settings administrators change in the admin screens, and the desk's branding: one row. */
@Entity
@Table(name = "system_settings")
@EntityListeners(AuditListener.class)
public class SystemSettings extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The id of the one row. */
    public static final long ID = 1L;

    @Column(name = "product_name", nullable = false, length = 100)
    private String productName;

    /** What precedes ticket numbers in mail subjects and on screen, as in {@code [Ticket#2026112610000017]}. */
    @Column(name = "ticket_hook", nullable = false, length = 20)
    private String ticketHook;

    @Column(name = "max_attachment_mb", nullable = false)
    private int maxAttachmentMb;

    @Column(name = "self_registration", nullable = false)
    private boolean selfRegistration;

    @Column(name = "default_language", nullable = false, length = 10)
    private String defaultLanguage;

    @Column(name = "session_timeout_min", nullable = false)
    private int sessionTimeoutMinutes;

    @Column(name = "header_color", nullable = false, length = 7)
    private String headerColor;

    @Column(name = "accent_color", nullable = false, length = 7)
    private String accentColor;

    /** Whether an agent answering an unlocked ticket becomes its owner and locks it (OTRS's default). */
    @Column(name = "lock_on_answer", nullable = false)
    private boolean lockOnAnswer = true;

    /** The address links in e-mail start with; null leaves it to the server (see {@link BaseUrl}). */
    @Column(name = "base_url", length = 500)
    private String baseUrl;

    /** Whether a FAQ article changed by an agent who is not an administrator waits for an administrator's approval. */
    @Column(name = "faq_approval", nullable = false)
    private boolean faqApproval;

    @Column(name = "login_logo_type", length = 100)
    private String loginLogoType;

    @Column(name = "header_logo_type", length = 100)
    private String headerLogoType;

    protected SystemSettings() {
    }

    public String getProductName() {
        return productName;
    }

    public String getTicketHook() {
        return ticketHook;
    }

    public int getMaxAttachmentMb() {
        return maxAttachmentMb;
    }

    public long getMaxAttachmentBytes() {
        return maxAttachmentMb * 1024L * 1024L;
    }

    public boolean isSelfRegistration() {
        return selfRegistration;
    }

    public String getDefaultLanguage() {
        return defaultLanguage;
    }

    public int getSessionTimeoutMinutes() {
        return sessionTimeoutMinutes;
    }

    public String getHeaderColor() {
        return headerColor;
    }

    public String getAccentColor() {
        return accentColor;
    }

    public boolean isLockOnAnswer() {
        return lockOnAnswer;
    }

    /** The address set by an administrator, or null (then the server's is used: see {@link Settings#baseUrl()}). */
    public String getBaseUrl() {
        return baseUrl;
    }

    public boolean isFaqApproval() {
        return faqApproval;
    }

    public boolean hasLoginLogo() {
        return loginLogoType != null;
    }

    public boolean hasHeaderLogo() {
        return headerLogoType != null;
    }

    public String getLoginLogoType() {
        return loginLogoType;
    }

    public String getHeaderLogoType() {
        return headerLogoType;
    }

    /** The subject tag of a ticket number: {@code [Ticket#<number>]}. */
    public String subjectTag(String ticketNumber) {
        return "[" + ticketHook + ticketNumber + "]";
    }

    void change(SettingsForm form) {
        productName = form.productName().trim();
        ticketHook = form.ticketHook().trim();
        maxAttachmentMb = form.maxAttachmentMb();
        selfRegistration = form.selfRegistration();
        defaultLanguage = form.defaultLanguage();
        sessionTimeoutMinutes = form.sessionTimeoutMinutes();
        headerColor = form.headerColor().toLowerCase();
        accentColor = form.accentColor().toLowerCase();
        lockOnAnswer = form.lockOnAnswer();
        baseUrl = BaseUrl.clean(form.baseUrl());
        faqApproval = form.faqApproval();
    }

    void useBaseUrl(String address) {
        baseUrl = BaseUrl.clean(address);
    }

    void logoChanged(Logo.Kind kind, String contentType) {
        if (kind == Logo.Kind.LOGIN) {
            loginLogoType = contentType;
        } else {
            headerLogoType = contentType;
        }
    }
}
