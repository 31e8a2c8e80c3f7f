package org.helpdesk.mail.outbound;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.mail.crypto.MailKey;
import org.helpdesk.shared.Messages;

/**
 * Tells the administrators by e-mail, once, when one of the desk's own keys (with a private part) or a trusted
 * authority expires within {@link MailKey#EXPIRES_SOON} (or has expired unnoticed): signing and decrypting stop working
 * the day it does. Runs every morning on every server; the keys are locked while they are warned about, so the
 * administrators are told once. (Not a persistent timer: three of those created at once on deployment could
 * deadlock on MariaDB's timer table.)
 */
@Singleton
@DependsOn("Migrations")
public class KeyExpiryWarnings {

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminMails admins;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "15", persistent = false, info = "mail key expiry warnings")
    public void daily() {
        warn(clock.instant());
    }

    /** Warns about the keys that expire within {@link MailKey#EXPIRES_SOON} and were not warned about; how many. */
    public int warn(Instant now) {
        List<MailKey> expiring = em.createNamedQuery("MailKey.toWarnAbout", MailKey.class)
                // locked, and so not limited (H2 refuses FOR UPDATE before LIMIT): a handful of keys a day at most
                .setParameter("limit", now.plus(MailKey.EXPIRES_SOON)).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        if (expiring.isEmpty()) {
            return 0;
        }
        int told = admins.send(locale -> Messages.format(locale, "keys.expiring.subject", expiring.size()), locale -> {
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)
                    .withZone(ZoneId.systemDefault());
            String lines = expiring.stream().map(k -> Messages.format(locale,
                    k.getNotAfter().isBefore(now) ? "keys.expiring.lineExpired" : "keys.expiring.line", k.getSubject(),
                    k.getFingerprint(), date.format(k.getNotAfter()))).collect(Collectors.joining("\n"));
            return Messages.format(locale, "keys.expiring.body", lines);
        });
        if (told == 0) {
            // nobody to tell: tried again tomorrow, when an administrator may have an address
            return 0;
        }
        expiring.forEach(k -> k.expiryWarned(now));
        return expiring.size();
    }
}
