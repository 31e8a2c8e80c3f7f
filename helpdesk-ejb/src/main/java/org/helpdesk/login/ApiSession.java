package org.helpdesk.login;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * A session of the generic interface (OTRS's SessionID): who opened it and until when it holds. Only the
 * token's hash is kept; the token itself is given to the client once.
 */
@Entity
@Table(name = "api_session")
@NamedQuery(name = "ApiSession.byToken", query = "SELECT s FROM ApiSession s WHERE s.tokenHash = :hash")
@NamedQuery(name = "ApiSession.expired", query = "DELETE FROM ApiSession s WHERE s.expiresAt <= :now")
@NamedQuery(name = "ApiSession.end", query = "DELETE FROM ApiSession s WHERE s.id = :id")
@NamedQuery(name = "ApiSession.touch", query = "UPDATE ApiSession s SET s.lastUsedAt = :now, s.expiresAt = :expires "
        + "WHERE s.id = :id AND s.lastUsedAt < :before")
public class ApiSession extends BaseEntity {

    /** A session unused this long ends (OTRS's SessionMaxIdleTime). */
    static final Duration IDLE = Duration.ofHours(2);
    /** No session lasts longer (OTRS's SessionMaxTime). */
    static final Duration LONGEST = Duration.ofHours(10);

    private static final long serialVersionUID = 1L;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private boolean agent;

    @Column(nullable = false, length = 200)
    private String login;

    @Column(name = "credentials_version", nullable = false)
    private int credentialsVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at", nullable = false)
    private Instant lastUsedAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ApiSession() {
    }

    ApiSession(String tokenHash, boolean agent, String login, int credentialsVersion, Instant now) {
        this.tokenHash = tokenHash;
        this.agent = agent;
        this.login = login;
        this.credentialsVersion = credentialsVersion;
        this.createdAt = now;
        used(now);
    }

    /** Used now: it holds for another idle time, within its longest. */
    void used(Instant now) {
        lastUsedAt = now;
        expiresAt = expiryAfterUse(now);
    }

    /** When it ends if used at {@code now}: another idle time later, within its longest. */
    Instant expiryAfterUse(Instant now) {
        Instant idleEnd = now.plus(IDLE);
        Instant end = createdAt.plus(LONGEST);
        return idleEnd.isBefore(end) ? idleEnd : end;
    }

    boolean holdsAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    public boolean isAgent() {
        return agent;
    }

    public String getLogin() {
        return login;
    }

    int getCredentialsVersion() {
        return credentialsVersion;
    }

    Instant getLastUsedAt() {
        return lastUsedAt;
    }
}
