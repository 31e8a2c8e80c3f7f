package org.helpdesk.settings;

import java.io.Serializable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The system settings as the administrator edits them (the logos are uploaded apart). A blank
 * {@code baseUrl} leaves the address of links in e-mail to the server (see {@link BaseUrl}).
 */
public record SettingsForm(
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.tooLong}") String productName,
        @NotBlank(message = "{validation.required}") @Size(max = 20, message = "{validation.tooLong}")
        @Pattern(regexp = "[^\\[\\]\\s]+", message = "{validation.ticketHook}") String ticketHook,
        @Min(value = 1, message = "{validation.attachmentMb}") @Max(value = 100, message = "{validation.attachmentMb}") int maxAttachmentMb,
        boolean selfRegistration,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "es|en", message = "{validation.language}") String defaultLanguage,
        @Min(value = 5, message = "{validation.sessionTimeout}") @Max(value = 1440, message = "{validation.sessionTimeout}")
        int sessionTimeoutMinutes,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{validation.color}") String headerColor,
        @NotNull(message = "{validation.required}") @Pattern(regexp = "#[0-9a-fA-F]{6}", message = "{validation.color}") String accentColor,
        boolean lockOnAnswer,
        @Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = BaseUrl.PATTERN, message = "{validation.baseUrl}")
        String baseUrl,
        boolean faqApproval)
        implements Serializable {

    /** These settings with FAQ approval switched on or off. */
    public SettingsForm withFaqApproval(boolean required) {
        return new SettingsForm(version, productName, ticketHook, maxAttachmentMb, selfRegistration, defaultLanguage,
                sessionTimeoutMinutes, headerColor, accentColor, lockOnAnswer, baseUrl, required);
    }

    public static SettingsForm of(SystemSettings settings) {
        return new SettingsForm(settings.getVersion(), settings.getProductName(), settings.getTicketHook(),
                settings.getMaxAttachmentMb(), settings.isSelfRegistration(), settings.getDefaultLanguage(),
                settings.getSessionTimeoutMinutes(), settings.getHeaderColor(), settings.getAccentColor(),
                settings.isLockOnAnswer(), settings.getBaseUrl(), settings.isFaqApproval());
    }
}
