package org.helpdesk.mail.inbound;

import java.io.Serializable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A mailbox's OAuth2 client as the administrator registered it with the provider: endpoints (the preset's
 * when left blank), client id and secret (a blank secret on a saved account keeps the stored one) and scopes.
 */
public record OAuthSettings(
        @NotNull(message = "{validation.required}") OAuthProvider provider,
        @Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "(https?://.*)?", message = "{validation.url}")
        String authorizationEndpoint,
        @Size(max = 500, message = "{validation.tooLong}") @Pattern(regexp = "(https?://.*)?", message = "{validation.url}")
        String tokenEndpoint,
        @NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.tooLong}") String clientId,
        @Size(max = 500, message = "{validation.tooLong}") String clientSecret,
        @Size(max = 1000, message = "{validation.tooLong}") String scopes) implements Serializable {

    private static final long serialVersionUID = 1L;

    public static OAuthSettings of(OAuthProvider provider) {
        return new OAuthSettings(provider, provider.authorizationEndpoint(), provider.tokenEndpoint(), null, null, provider.scopes());
    }
}
