package org.helpdesk.mail.inbound;

/**
 * Where a mailbox's OAuth2 authorization comes from: presets for Microsoft 365 and Google (Gmail), or any
 * other provider with its own endpoints. The scopes ask for mail access (reading and sending) and a refresh token.
 */
public enum OAuthProvider {
    MICROSOFT("https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize",
            "https://login.microsoftonline.com/organizations/oauth2/v2.0/token",
            "offline_access https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All "
                    + "https://outlook.office.com/SMTP.Send", "smtp.office365.com"),
    GOOGLE("https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token", "https://mail.google.com/",
            "smtp.gmail.com"),
    GENERIC(null, null, null, null);

    /** The port of the presets' SMTP servers: submission with STARTTLS. */
    public static final int SUBMISSION_PORT = 587;

    private final String authorizationEndpoint;
    private final String tokenEndpoint;
    private final String scopes;
    private final String smtpHost;

    OAuthProvider(String authorizationEndpoint, String tokenEndpoint, String scopes, String smtpHost) {
        this.authorizationEndpoint = authorizationEndpoint;
        this.tokenEndpoint = tokenEndpoint;
        this.scopes = scopes;
        this.smtpHost = smtpHost;
    }

    public String authorizationEndpoint() {
        return authorizationEndpoint;
    }

    public String tokenEndpoint() {
        return tokenEndpoint;
    }

    public String scopes() {
        return scopes;
    }

    /** The provider's server for sending with XOAUTH2 (on {@link #SUBMISSION_PORT}). */
    public String smtpHost() {
        return smtpHost;
    }
}
