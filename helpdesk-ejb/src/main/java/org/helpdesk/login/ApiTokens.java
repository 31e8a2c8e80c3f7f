package org.helpdesk.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.ExcludeClassInterceptors;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;

/**
 * API tokens: an admin creates one for an agent or a customer (shown once), lists and revokes them; the native
 * API trades a token for its caller, refusing a token that is unknown, expired, revoked, whose account may no
 * longer log in, or whose scope does not allow the call.
 */
@Stateless
@RolesAllowed("admin")
@Interceptors(AuditTrail.class)
public class ApiTokens {

    /** What every token starts with, so that it is recognised (in logs, by secret scanners). */
    public static final String PREFIX = "hd_";
    /** The longest a token may hold. */
    static final Duration LONGEST = Duration.ofDays(731);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TOUCH = Duration.ofMinutes(1);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    ApiAccounts accounts;

    @Inject
    Lookup lookup;

    @Inject
    Clock clock;

    /** A token's caller and what the token allows. */
    public record TokenCaller(long tokenId, ApiSessions.Caller caller, boolean write) implements java.io.Serializable {
    }

    /**
     * Creates a token for an agent ({@code agent}) or a customer by login, valid through {@code expires} (a day
     * from tomorrow up to two years ahead). Returns the token: the only time it is shown.
     */
    public String create(String name, boolean agent, String login, boolean write, LocalDate expires) {
        var admin = agents.current(context);
        agents.requireAdmin(admin);
        String title = ValidationException.requireText("name", name, 200);
        String who = ValidationException.requireText("login", login, 200);
        if (accounts.current(agent, who).isEmpty()) {
            throw new ValidationException("login", "apiToken.noAccount", who);
        }
        Instant now = clock.instant();
        if (expires == null) {
            throw new ValidationException("expires", "validation.required");
        }
        Instant until = expires.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!until.isAfter(now.plus(Duration.ofDays(1))) || until.isAfter(now.plus(LONGEST))) {
            throw new ValidationException("expires", "apiToken.expires");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        em.persist(new ApiToken(title, agent, who, write, ApiSessions.hash(token), token.substring(0, 10), now, admin.getLogin(), until));
        return token;
    }

    /** A page of the tokens, newest first. */
    public Page<ApiToken> list(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.all(em, ApiToken.class, "e.createdAt DESC, e.id DESC", first, pageSize);
    }

    public void revoke(long tokenId) {
        agents.requireAdmin(agents.current(context));
        lookup.require(ApiToken.class, tokenId).revoke(clock.instant());
    }

    /**
     * The caller a token stands for, with the roles their account gives now; empty when the token is unknown,
     * expired or revoked, or its account may no longer log in.
     */
    @PermitAll
    @ExcludeClassInterceptors // using a token is no change of the configuration
    public Optional<TokenCaller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        ApiToken stored = em.createNamedQuery("ApiToken.byHash", ApiToken.class).setParameter("hash", ApiSessions.hash(token))
                .getResultStream().findFirst().orElse(null);
        Instant now = clock.instant();
        if (stored == null || !stored.holdsAt(now)) {
            return Optional.empty();
        }
        Optional<LoginResult> login = accounts.current(stored.isAgent(), stored.getLogin());
        if (login.isEmpty()) {
            return Optional.empty();
        }
        if (stored.getLastUsedAt() == null || Duration.between(stored.getLastUsedAt(), now).compareTo(TOUCH) >= 0) {
            // one statement, no version: parallel calls with the same token do not collide
            em.createNamedQuery("ApiToken.touch").setParameter("id", stored.getId()).setParameter("now", now)
                    .setParameter("before", now.minus(TOUCH)).executeUpdate();
        }
        return Optional.of(new TokenCaller(stored.getId(), new ApiSessions.Caller(stored.isAgent(), login.get()), stored.isWrite()));
    }
}
