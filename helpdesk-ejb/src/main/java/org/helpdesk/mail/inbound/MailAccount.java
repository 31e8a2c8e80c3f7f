package org.helpdesk.mail.inbound;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.BaseEntity;

/**
 * A mailbox Helpdesk fetches mail from (OTRS's PostMaster mail account). New tickets go to its
 * queue, or, when it dispatches by recipient, to the queue of the system address the mail was
 * written to. The password is stored encrypted (see {@link org.helpdesk.shared.SecretBox}) and
 * never shown back. Over TLS, the server's certificate must be trusted by the JVM, or be the one the
 * administrator trusted for this account ({@link #getTrustedCertificateSha256()}); without TLS, the
 * administrator must have allowed it ({@link #isAllowPlaintext()}).
 */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "mail_account")
@NamedQuery(name = "MailAccount.all", query = "SELECT a FROM MailAccount a ORDER BY a.name")
@NamedQuery(name = "MailAccount.count", query = "SELECT COUNT(a) FROM MailAccount a")
@NamedQuery(name = "MailAccount.valid", query = "SELECT a FROM MailAccount a WHERE a.valid = TRUE")
@NamedQuery(name = "MailAccount.byName", query = "SELECT a FROM MailAccount a WHERE a.name = :name")
@NamedQuery(name = "MailAccount.sendingAs", query = "SELECT a FROM MailAccount a WHERE a.valid = TRUE "
        + "AND a.oauth.smtpHost IS NOT NULL AND LOWER(a.login) = :login ORDER BY a.id")
@NamedQuery(name = "MailAccount.byOAuthState", query = "SELECT a FROM MailAccount a WHERE a.oauth.state = :state")
public class MailAccount extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailProtocol protocol;

    @Column(name = "starttls", nullable = false)
    private boolean startTls;

    /** SHA-256 of the server certificate trusted for this account (64 lower-case hex digits), or null. */
    @Column(name = "trusted_certificate_sha256", length = 64)
    private String trustedCertificateSha256;

    /** Whether the administrator allowed IMAP or POP3 without TLS for this account. */
    @Column(name = "allow_plaintext", nullable = false)
    private boolean allowPlaintext;

    @Column(nullable = false, length = 250)
    private String host;

    @Column(nullable = false)
    private int port;

    @Column(nullable = false, length = 250)
    private String login;

    @Column(name = "password_secret", nullable = false, length = 1000)
    private String passwordSecret;

    /** Signs in with OAuth2 (XOAUTH2) instead of the password; null: with the password. */
    @Embedded
    private MailOAuth oauth;

    @Column(nullable = false, length = 200)
    private String folder = "INBOX";

    @Column(name = "poll_seconds", nullable = false)
    private int pollSeconds;

    @ManyToOne(optional = false)
    @JoinColumn(name = "queue_id", nullable = false)
    private Queue queue;

    @Column(name = "dispatch_by_recipient", nullable = false)
    private boolean dispatchByRecipient;

    @Column(nullable = false)
    private boolean valid = true;

    @Column(name = "last_poll_at")
    private Instant lastPollAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected MailAccount() {
    }

    public MailAccount(String name) {
        this.name = name;
    }

    /** Sets where and how the mailbox is reached. */
    public void connectTo(MailProtocol protocol, boolean startTls, String host, int port, String login, String folder) {
        this.protocol = protocol;
        this.startTls = startTls && (protocol == MailProtocol.IMAP || protocol == MailProtocol.POP3);
        this.host = host;
        this.port = port;
        this.login = login;
        this.folder = protocol.hasFolders() && folder != null && !folder.isBlank() ? folder.trim() : "INBOX";
    }

    /**
     * Sets the certificate trusted for this account (a SHA-256 fingerprint as {@link Fingerprints#normalize}
     * accepts it, or null) and whether a connection without TLS is allowed. Call after
     * {@link #connectTo}: without TLS there is no certificate to trust, and with TLS nothing to allow.
     */
    public void secure(String trustedCertificateSha256, boolean allowPlaintext) {
        boolean plaintext = protocol.isPlaintext(startTls);
        this.trustedCertificateSha256 = plaintext ? null : Fingerprints.normalize(trustedCertificateSha256);
        this.allowPlaintext = plaintext && allowPlaintext;
    }

    /** Sets what becomes of new mail: the queue, whether system addresses choose it, and how often to look. */
    public void deliverTo(Queue queue, boolean dispatchByRecipient, int pollSeconds) {
        this.queue = queue;
        this.dispatchByRecipient = dispatchByRecipient;
        this.pollSeconds = pollSeconds;
    }

    public MailOAuth getOauth() {
        return oauth;
    }

    public boolean usesOAuth() {
        return oauth != null && oauth.getProvider() != null;
    }

    /** Signs in with OAuth2 from now on (settings and tokens in {@link MailOAuth}); null: with the password again. */
    void useOAuth(MailOAuth oauth) {
        this.oauth = oauth;
    }

    public void setPasswordSecret(String passwordSecret) {
        this.passwordSecret = passwordSecret;
    }

    /** Notes the outcome of a poll: {@code error} is null when it went well. */
    public void polled(Instant at, String error) {
        this.lastPollAt = at;
        this.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public MailProtocol getProtocol() {
        return protocol;
    }

    public boolean isStartTls() {
        return startTls;
    }

    public String getTrustedCertificateSha256() {
        return trustedCertificateSha256;
    }

    public boolean isAllowPlaintext() {
        return allowPlaintext;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public String getLogin() {
        return login;
    }

    String getPasswordSecret() {
        return passwordSecret;
    }

    public String getFolder() {
        return folder;
    }

    public int getPollSeconds() {
        return pollSeconds;
    }

    public Queue getQueue() {
        return queue;
    }

    public boolean isDispatchByRecipient() {
        return dispatchByRecipient;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }

    public Instant getLastPollAt() {
        return lastPollAt;
    }

    public String getLastError() {
        return lastError;
    }
}
