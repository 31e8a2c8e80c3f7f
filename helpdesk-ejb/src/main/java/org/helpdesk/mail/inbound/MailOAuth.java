package org.helpdesk.mail.inbound;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How a mailbox signs in with OAuth2 (XOAUTH2) instead of a password: the client registered with the provider,
 * and the tokens it granted. Secrets (client secret, refresh and access token, the PKCE verifier of an
 * authorization under way) are sealed with the desk's secret key.
 */
@Embeddable
public class MailOAuth implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "oauth_provider", length = 20)
    private OAuthProvider provider;

    @Column(name = "oauth_authorization_endpoint", length = 500)
    private String authorizationEndpoint;

    @Column(name = "oauth_token_endpoint", length = 500)
    private String tokenEndpoint;

    @Column(name = "oauth_client_id", length = 500)
    private String clientId;

    @Column(name = "oauth_client_secret", length = 1000)
    private String clientSecret;

    @Column(name = "oauth_scopes", length = 1000)
    private String scopes;

    @Column(name = "oauth_refresh_token")
    private String refreshTokenSecret;

    @Column(name = "oauth_access_token")
    private String accessTokenSecret;

    @Column(name = "oauth_expires_at")
    private Instant expiresAt;

    /** The state of an authorization under way (sent to the provider and back), and its PKCE verifier. */
    @Column(name = "oauth_state", length = 100)
    private String state;

    @Column(name = "oauth_verifier", length = 1000)
    private String verifierSecret;

    /** The SMTP server the mailbox sends its address's mail through, with the same token; null: it sends nothing. */
    @Column(name = "oauth_smtp_host", length = 250)
    private String smtpHost;

    @Column(name = "oauth_smtp_port")
    private Integer smtpPort;

    /** TLS from the start (SMTPS); else STARTTLS, required. */
    @Column(name = "oauth_smtp_ssl")
    private Boolean smtpSsl;

    /** Why the tokens stopped working (the provider's words); null while they work. */
    @Column(name = "oauth_error", length = 1000)
    private String error;

    protected MailOAuth() {
    }

    MailOAuth(OAuthProvider provider) {
        this.provider = provider;
    }

    /** New client settings; tokens granted to another client or endpoint are dropped (authorize again). */
    void configure(OAuthSettings settings, String sealedSecret) {
        String authorization = blankToNull(settings.authorizationEndpoint(), settings.provider().authorizationEndpoint());
        String token = blankToNull(settings.tokenEndpoint(), settings.provider().tokenEndpoint());
        boolean sameClient = settings.provider() == provider && settings.clientId().trim().equals(clientId)
                && token != null && token.equals(tokenEndpoint) && sealedSecret == null;
        this.provider = settings.provider();
        this.authorizationEndpoint = authorization;
        this.tokenEndpoint = token;
        this.clientId = settings.clientId().trim();
        if (sealedSecret != null) {
            this.clientSecret = sealedSecret;
        }
        this.scopes = blankToNull(settings.scopes(), settings.provider().scopes());
        String relay = settings.sendsMail() ? blankToNull(settings.smtpHost(), settings.provider().smtpHost()) : null;
        int relayPort = settings.smtpPort() != null ? settings.smtpPort() : OAuthProvider.SUBMISSION_PORT;
        // as for the mailbox's own server: a token granted goes to no SMTP server but the provider's or the one it went to
        boolean sameRelay = relay == null || relay.equalsIgnoreCase(settings.provider().smtpHost())
                || relay.equalsIgnoreCase(smtpHost) && smtpPort != null && smtpPort == relayPort;
        this.smtpHost = relay;
        this.smtpPort = relay == null ? null : relayPort;
        this.smtpSsl = relay == null ? null : settings.smtpSsl();
        if (!sameClient || !sameRelay) {
            refreshTokenSecret = null;
            accessTokenSecret = null;
            expiresAt = null;
        }
    }

    private static String blankToNull(String value, String preset) {
        return value == null || value.isBlank() ? preset : value.trim();
    }

    /** The tokens go only to the server they were granted for: another server needs a new authorization. */
    void forgetTokens() {
        refreshTokenSecret = null;
        accessTokenSecret = null;
        expiresAt = null;
    }

    void begin(String state, String sealedVerifier) {
        this.state = state;
        this.verifierSecret = sealedVerifier;
    }

    /** Tokens granted (by an authorization or a refresh); a refresh may leave the refresh token as it was. */
    void granted(String sealedAccess, Instant expiresAt, String sealedRefresh) {
        this.accessTokenSecret = sealedAccess;
        this.expiresAt = expiresAt;
        if (sealedRefresh != null) {
            this.refreshTokenSecret = sealedRefresh;
        }
        this.state = null;
        this.verifierSecret = null;
        this.error = null;
    }

    /** The provider refused: the tokens are gone until an administrator authorizes again. */
    void failed(String why) {
        this.error = why == null ? "?" : why.length() > 1000 ? why.substring(0, 1000) : why;
        this.accessTokenSecret = null;
        this.expiresAt = null;
    }

    public boolean isAuthorized() {
        return refreshTokenSecret != null && error == null;
    }

    public OAuthProvider getProvider() {
        return provider;
    }

    public String getAuthorizationEndpoint() {
        return authorizationEndpoint;
    }

    public String getTokenEndpoint() {
        return tokenEndpoint;
    }

    public String getClientId() {
        return clientId;
    }

    String getClientSecret() {
        return clientSecret;
    }

    public String getScopes() {
        return scopes;
    }

    String getRefreshToken() {
        return refreshTokenSecret;
    }

    String getAccessToken() {
        return accessTokenSecret;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    String getState() {
        return state;
    }

    String getVerifier() {
        return verifierSecret;
    }

    /** Whether mail from the mailbox's address is sent through its provider's SMTP server, with its token. */
    public boolean sendsMail() {
        return smtpHost != null;
    }

    public String getSmtpHost() {
        return smtpHost;
    }

    public Integer getSmtpPort() {
        return smtpPort;
    }

    public boolean isSmtpSsl() {
        return Boolean.TRUE.equals(smtpSsl);
    }

    public String getError() {
        return error;
    }
}
