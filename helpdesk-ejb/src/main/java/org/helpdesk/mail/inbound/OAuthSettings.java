package org.helpdesk.mail.inbound;

import java.io.Serializable;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A mailbox's OAuth2 client as the administrator registered it with the provider: endpoints (the preset's
 * when left blank), client id and secret (a blank secret on a saved account keeps the stored one) and scopes; and
 * whether the mailbox also sends the mail whose sender is its address, through which SMTP server (the preset's
 * when left blank), with TLS from the start ({@code smtpSsl}, SMTPS) or else STARTTLS.
 */
public record OAuthSettings(
        @NotNull(message = "{validation.required}") OAuthProvider provider,
        @Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "(https?://.*)?", message = "{validation.url}")
        String authorizationEndpoint,
        @Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "(https?://.*)?", message = "{validation.url}")
        String tokenEndpoint,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String clientId,
        @Size(max = 500, message = "{validation.tooLong}") String clientSecret,
        @Size(max = 1000, message = "{validation.tooLong}") String scopes,
        boolean sendsMail,
        @Size(max = 250, message = "{validation.tooLong}") String smtpHost,
        @Min(value = 1, message = "{validation.port}") @Max(value = 65535, message = "{validation.port}") Integer smtpPort,
        boolean smtpSsl) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Settings that only read the mailbox. */
    public OAuthSettings(OAuthProvider provider, String authorizationEndpoint, String tokenEndpoint, String clientId,
            String clientSecret, String scopes) {
        this(provider, authorizationEndpoint, tokenEndpoint, clientId, clientSecret, scopes, false, null, null, false);
    }

    public static OAuthSettings of(OAuthProvider provider) {
        return new OAuthSettings(provider, provider.authorizationEndpoint(), provider.tokenEndpoint(), null, null, provider.scopes(),
                false, provider.smtpHost(), provider.smtpHost() == null ? null : OAuthProvider.SUBMISSION_PORT, false);
    }
}
