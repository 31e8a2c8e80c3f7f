package org.helpdesk.mail.inbound;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * SHA-256 fingerprints of certificates (of their DER encoding, as {@code openssl x509 -fingerprint
 * -sha256} and {@code keytool -list -v} show them). Stored as 64 lower-case hex digits; shown as
 * upper-case pairs separated by colons.
 */
public final class Fingerprints {

    /** What the form accepts: 32 hex pairs, optionally separated by colons or spaces. */
    public static final String PATTERN = "\\s*(?:(?:[0-9A-Fa-f]{2}[:\\s]?){31}[0-9A-Fa-f]{2})?\\s*";
    private static final Pattern SEPARATORS = Pattern.compile("[:\\s]");
    private static final Pattern STORED = Pattern.compile("[0-9a-f]{64}");

    private Fingerprints() {
    }

    /** The certificate's SHA-256 fingerprint, stored form. */
    public static String sha256(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }

    /**
     * A fingerprint as typed or shown (any case, with or without colons or spaces) in its stored
     * form; null when blank. Throws {@link IllegalArgumentException} when it is not 32 hex pairs.
     */
    public static String normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String hex = SEPARATORS.matcher(typed).replaceAll("").toLowerCase(Locale.ROOT);
        if (!STORED.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 fingerprint: " + typed);
        }
        return hex;
    }

    /** A stored fingerprint as people compare it: {@code D1:4C:51:...}; null stays null. */
    public static String pretty(String stored) {
        if (stored == null) {
            return null;
        }
        String hex = normalize(stored).toUpperCase(Locale.ROOT);
        StringBuilder text = new StringBuilder(95);
        for (int i = 0; i < hex.length(); i += 2) {
            if (i > 0) {
                text.append(':');
            }
            text.append(hex, i, i + 2);
        }
        return text.toString();
    }
}
