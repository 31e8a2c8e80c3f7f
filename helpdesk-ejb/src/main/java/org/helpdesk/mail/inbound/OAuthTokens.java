package org.helpdesk.mail.inbound;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.helpdesk.mail.outbound.AdminMails;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.SecretBox;

/**
 * The access token a mailbox signs in with, refreshed shortly before it expires, in a transaction of its own
 * with the account locked (two servers never spend the same refresh token). When the provider refuses the
 * refresh (revoked, expired, consent withdrawn), the account shows the provider's words, the administrators get
 * an e-mail, and the mailbox is not read (its mail waits on the server) until an administrator authorizes it
 * again.
 */
@ApplicationScoped
public class OAuthTokens {

    /** Refreshed this long before it expires, so that it does not expire during a poll. */
    static final Duration EARLY = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    OAuthClient client;

    @Inject
    AdminMails admins;

    @Inject
    Clock clock;

    @Transactional(value = Transactional.TxType.REQUIRES_NEW, dontRollbackOn = OAuthRefusedException.class)
    public String accessToken(long accountId) {
        MailAccount account = em.find(MailAccount.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        MailOAuth oauth = account.getOauth();
        if (oauth.getError() != null) {
            throw new OAuthRefusedException(oauth.getError(), false);
        }
        if (oauth.getRefreshToken() == null) {
            throw new OAuthRefusedException(Messages.format(Messages.DEFAULT_LOCALE, "mail.oauth.notAuthorized"), false);
        }
        if (oauth.getAccessToken() != null && oauth.getExpiresAt().isAfter(clock.instant().plus(EARLY))) {
            return secrets.open(oauth.getAccessToken());
        }
        try {
            OAuthClient.Grant grant = client.refresh(oauth, clientSecret(oauth), secrets.open(oauth.getRefreshToken()));
            oauth.granted(secrets.seal(grant.accessToken()), grant.expiresAt(),
                    grant.refreshToken() == null ? null : secrets.seal(grant.refreshToken()));
            return grant.accessToken();
        } catch (OAuthRefusedException refused) {
            if (!refused.isTemporary()) {
                oauth.failed(refused.getMessage());
                admins.send(locale -> Messages.format(locale, "mail.oauth.failed.subject", account.getName()),
                        locale -> Messages.format(locale, "mail.oauth.failed.body", account.getName(), refused.getMessage()));
            }
            throw refused;
        }
    }

    String clientSecret(MailOAuth oauth) {
        return oauth.getClientSecret() == null ? null : secrets.open(oauth.getClientSecret());
    }
}
