package org.helpdesk.mail.outbound;

import java.time.Clock;
import java.time.Duration;
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
import jakarta.persistence.PersistenceContext;

import org.helpdesk.mail.crypto.MailKey;
import org.helpdesk.shared.Messages;

/**
 * Tells the administrators by e-mail, once, when one of the desk's own keys (with a private part) or a trusted
 * authority expires within {@value #DAYS} days (or has expired unnoticed): signing and decrypting stop working the day it does. Runs
 * every morning; the timer is persistent, so on a cluster one node runs it.
 */
@Singleton
@DependsOn("Migrations")
public class KeyExpiryWarnings {

    static final int DAYS = 30;

    @PersistenceContext
    EntityManager em;

    @Inject
    AdminMails admins;

    @Inject
    Clock clock;

    @Schedule(hour = "6", minute = "15", persistent = true, info = "mail key expiry warnings")
    public void daily() {
        warn(clock.instant());
    }

    /** Warns about the keys that expire before {@code now} + {@value #DAYS} days and were not warned about; how many. */
    public int warn(Instant now) {
        List<MailKey> expiring = em.createNamedQuery("MailKey.toWarnAbout", MailKey.class)
                .setParameter("limit", now.plus(Duration.ofDays(DAYS))).setMaxResults(100).getResultList();
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
