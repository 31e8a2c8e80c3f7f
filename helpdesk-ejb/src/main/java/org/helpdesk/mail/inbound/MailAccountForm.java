package org.helpdesk.mail.inbound;

import java.io.Serializable;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A mail account as the administrator edits it. {@code id} is null for a new account; a blank
 * {@code password} on an existing account keeps the stored one. {@code trustedCertificateSha256}:
 * the SHA-256 fingerprint of the server certificate trusted for the account, hex pairs with or
 * without colons, or blank; {@code allowPlaintext}: the administrator's consent to IMAP or POP3
 * without TLS, required for those; {@code oauth}: the OAuth2 client when the mailbox signs in with OAuth2
 * (XOAUTH2) instead of a password, else null.
 */
public record MailAccountForm(
        Long id,
        long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String name,
        @NotNull(message = "{validation.required}") MailProtocol protocol,
        boolean startTls,
        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}") String host,
        @Min(value = 1, message = "{validation.port}") @Max(value = 65535, message = "{validation.port}") int port,
        @NotBlank(message = "{validation.required}") @Size(max = 250, message = "{validation.tooLong}") String login,
        @Size(max = 500, message = "{validation.tooLong}") String password,
        @Size(max = 200, message = "{validation.tooLong}") String folder,
        @Min(value = MailAccountForm.MIN_POLL_SECONDS, message = "{validation.pollSeconds}") int pollSeconds,
        @NotNull(message = "{validation.required}") Long queueId,
        boolean dispatchByRecipient,
        boolean valid,
        @Pattern(regexp = Fingerprints.PATTERN, message = "{validation.fingerprint}") String trustedCertificateSha256,
        boolean allowPlaintext,
        @Valid OAuthSettings oauth) implements Serializable {

    /** An account that signs in with its password. */
    public MailAccountForm(Long id, long version, String name, MailProtocol protocol, boolean startTls, String host, int port,
            String login, String password, String folder, int pollSeconds, Long queueId, boolean dispatchByRecipient,
            boolean valid, String trustedCertificateSha256, boolean allowPlaintext) {
        this(id, version, name, protocol, startTls, host, port, login, password, folder, pollSeconds, queueId,
                dispatchByRecipient, valid, trustedCertificateSha256, allowPlaintext, null);
    }

    public static final int MIN_POLL_SECONDS = 10;

    /** A new account's form with the usual defaults: IMAPS, INBOX, every 5 minutes. */
    public static MailAccountForm blank() {
        return new MailAccountForm(null, 0, null, MailProtocol.IMAPS, false, null, MailProtocol.IMAPS.defaultPort(), null,
                null, "INBOX", 300, null, false, true, null, false);
    }

    public static MailAccountForm of(MailAccount account) {
        return new MailAccountForm(account.getId(), account.getVersion(), account.getName(), account.getProtocol(),
                account.isStartTls(), account.getHost(), account.getPort(), account.getLogin(), null, account.getFolder(),
                account.getPollSeconds(), account.getQueue().getId(), account.isDispatchByRecipient(), account.isValid(),
                Fingerprints.pretty(account.getTrustedCertificateSha256()), account.isAllowPlaintext(),
                account.usesOAuth() ? settingsOf(account.getOauth()) : null);
    }

    private static OAuthSettings settingsOf(MailOAuth oauth) {
        boolean sends = oauth.sendsMail();
        return new OAuthSettings(oauth.getProvider(), oauth.getAuthorizationEndpoint(), oauth.getTokenEndpoint(), oauth.getClientId(),
                null, oauth.getScopes(), sends, sends ? oauth.getSmtpHost() : oauth.getProvider().smtpHost(),
                sends ? oauth.getSmtpPort() : oauth.getProvider().smtpHost() == null ? null : OAuthProvider.SUBMISSION_PORT,
                oauth.isSmtpSsl());
    }
}
