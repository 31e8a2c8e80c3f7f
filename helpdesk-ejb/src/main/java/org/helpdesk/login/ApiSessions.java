package org.helpdesk.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;


/**
 * The generic interface's sessions (OTRS's SessionCreate and SessionID): opened after a login was checked,
 * then taken instead of the password. A session ends after {@link ApiSession#IDLE} unused, after
 * {@link ApiSession#LONGEST} in any case, and as soon as its user's password changes or the account may no
 * longer log in.
 */
@Stateless
@PermitAll
public class ApiSessions {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** A session's last use is written at most this often: a busy client does not write on every call. */
    private static final Duration TOUCH = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    ApiAccounts accounts;

    @Inject
    Clock clock;

    /** Opens a session for a login that was just checked; the token returned is the SessionID, shown only now. */
    public String open(boolean agent, LoginResult login) {
        Instant now = clock.instant();
        em.createNamedQuery("ApiSession.expired").setParameter("now", now).executeUpdate();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new ApiSession(hash(token), agent, login.login(), login.credentialsVersion(), now));
        return token;
    }

    /** Who a SessionID stands for, with the roles their account gives now; empty when it is unknown or over. */
    public Optional<Caller> resume(String sessionId) {
        if (sessionId == null || sessionId.isBlank() || sessionId.length() > 100) {
            return Optional.empty();
        }
        ApiSession session = em.createNamedQuery("ApiSession.byToken", ApiSession.class).setParameter("hash", hash(sessionId.trim()))
                .getResultStream().findFirst().orElse(null);
        Instant now = clock.instant();
        if (session == null) {
            return Optional.empty();
        }
        Optional<LoginResult> login = session.holdsAt(now) ? accounts.current(session.isAgent(), session.getLogin()) : Optional.empty();
        if (login.isEmpty() || login.get().credentialsVersion() != session.getCredentialsVersion()) {
            em.createNamedQuery("ApiSession.end").setParameter("id", session.getId()).executeUpdate();
            return Optional.empty();
        }
        if (Duration.between(session.getLastUsedAt(), now).compareTo(TOUCH) >= 0) {
            // one statement, no version: parallel calls with the same session do not collide
            em.createNamedQuery("ApiSession.touch").setParameter("id", session.getId()).setParameter("now", now)
                    .setParameter("expires", session.expiryAfterUse(now)).setParameter("before", now.minus(TOUCH)).executeUpdate();
        }
        return Optional.of(new Caller(session.isAgent(), login.get()));
    }

    /** A caller of the generic interface: an agent or a customer, as the login gave them. */
    public record Caller(boolean agent, LoginResult login) implements java.io.Serializable {
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
