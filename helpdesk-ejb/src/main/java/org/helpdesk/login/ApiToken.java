package org.helpdesk.login;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/**
 * An API token of the native API ({@code /api/v1}): created by an admin for an agent or a customer, with a
 * scope (read, or read and write), until a date, revocable. Only the token's SHA-256 hash and its first
 * characters (to recognise it in the list) are kept; the token itself is shown once.
 */
@Entity
@Table(name = "api_token")
@EntityListeners(AuditListener.class)
@NamedQuery(name = "ApiToken.byHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.touch", query = "UPDATE ApiToken t SET t.lastUsedAt = :now WHERE t.id = :id "
        + "AND (t.lastUsedAt IS NULL OR t.lastUsedAt < :before)")
public class ApiToken extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean agent;

    @Column(nullable = false, length = 200)
    private String login;

    /** Whether the token may change data (create, update, add articles); every token may read. */
    @Column(name = "may_write", nullable = false)
    private boolean write;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false, length = 12)
    private String prefix;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiToken() {
    }

    ApiToken(String name, boolean agent, String login, boolean write, String tokenHash, String prefix, Instant now, String createdBy,
            Instant expiresAt) {
        this.name = name;
        this.agent = agent;
        this.login = login;
        this.write = write;
        this.tokenHash = tokenHash;
        this.prefix = prefix;
        this.createdAt = now;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
    }

    /** Whether the token still opens the API at {@code now}. */
    public boolean holdsAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public String getName() {
        return name;
    }

    public boolean isAgent() {
        return agent;
    }

    public String getLogin() {
        return login;
    }

    public boolean isWrite() {
        return write;
    }

    public String getPrefix() {
        return prefix;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
