package org.helpdesk.mail.inbound;

import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.mail.outbound.OutboxDelivery;
import org.helpdesk.mail.outbound.Relay;
import org.helpdesk.mail.outbound.SenderRelays;

/**
 * Mailboxes that send their own mail: a valid account signed in with OAuth2 and an SMTP server set sends the mail
 * whose sender is its login (what its queue answers from that address) through its provider's server, with
 * XOAUTH2 and the account's access token, over TLS (from the start, or STARTTLS, required) with the account's
 * trust. Microsoft 365 and Gmail accept mail from a mailbox only so, once basic authentication is off.
 */
@ApplicationScoped
public class MailboxRelays implements SenderRelays {

    @PersistenceContext
    EntityManager em;

    @Inject
    OAuthTokens tokens;

    @Override
    public Optional<Relay> relayFor(String senderAddress) throws MessagingException {
        Optional<MailAccount> sending = em.createNamedQuery("MailAccount.sendingAs", MailAccount.class)
                .setParameter("login", senderAddress.toLowerCase(Locale.ROOT)).setMaxResults(1).getResultStream().findFirst();
        if (sending.isEmpty()) {
            return Optional.empty();
        }
        MailAccount account = sending.get();
        String token;
        try {
            token = tokens.accessToken(account.getId());
        } catch (OAuthRefusedException refused) {
            throw new MessagingException("OAuth2 (" + account.getName() + "): " + refused.getMessage());
        }
        return Optional.of(new Relay(account.getName(), session(account), account.getLogin(), token));
    }

    private static Session session(MailAccount account) throws MessagingException {
        MailOAuth oauth = account.getOauth();
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", oauth.getSmtpHost());
        properties.setProperty("mail.smtp.port", String.valueOf(oauth.getSmtpPort()));
        properties.setProperty("mail.smtp.auth", "true");
        // the password is the access token, sent with SASL XOAUTH2
        properties.setProperty("mail.smtp.auth.mechanisms", "XOAUTH2");
        properties.setProperty("mail.smtp.connectiontimeout", OutboxDelivery.TIMEOUT_MS);
        properties.setProperty("mail.smtp.timeout", OutboxDelivery.TIMEOUT_MS);
        properties.setProperty("mail.smtp.writetimeout", OutboxDelivery.TIMEOUT_MS);
        if (oauth.isSmtpSsl()) {
            properties.setProperty("mail.smtp.ssl.enable", "true");
        } else {
            properties.setProperty("mail.smtp.starttls.enable", "true");
            properties.setProperty("mail.smtp.starttls.required", "true");
        }
        String pin = account.getTrustedCertificateSha256();
        MailboxReader.tls(properties, "mail.smtp.", pin == null ? null : MailboxReader.trust(pin));
        return Session.getInstance(properties);
    }
}
