package org.helpdesk.mail.crypto;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.util.encoders.Hex;

/** What an OpenPGP key tells about itself: fingerprint, owners' addresses, expiry. */
final class PgpKeys {

    private PgpKeys() {
    }

    /** The fingerprint as GnuPG shows it: upper-case hexadecimal in groups of four. */
    static String fingerprint(PGPPublicKey key) {
        String hex = Hex.toHexString(key.getFingerprint()).toUpperCase(Locale.ROOT);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, Math.min(hex.length(), i + 4));
        }
        return grouped.toString();
    }

    /** When the key expires; none when it never does. */
    static Instant expiry(PGPPublicKey key) {
        long seconds = key.getValidSeconds();
        return seconds <= 0 ? null : key.getCreationTime().toInstant().plusSeconds(seconds);
    }

    static boolean expired(PGPPublicKey key) {
        Instant expiry = expiry(key);
        return expiry != null && expiry.isBefore(Instant.now());
    }

    /** The user ids, as "Name <address>". */
    static String userIds(PGPPublicKey key) {
        StringBuilder ids = new StringBuilder();
        for (Iterator<String> it = key.getUserIDs(); it.hasNext();) {
            ids.append(ids.length() == 0 ? "" : ", ").append(it.next());
        }
        return ids.toString();
    }

    /** The mail addresses of the user ids, in lower case. */
    static Set<String> addresses(PGPPublicKey key) {
        Set<String> addresses = new LinkedHashSet<>();
        for (Iterator<String> it = key.getUserIDs(); it.hasNext();) {
            String id = it.next();
            int open = id.lastIndexOf('<');
            int close = id.lastIndexOf('>');
            String address = open >= 0 && close > open ? id.substring(open + 1, close) : id;
            if (address.contains("@")) {
                Certificates.add(addresses, address);
            }
        }
        return addresses;
    }
}
