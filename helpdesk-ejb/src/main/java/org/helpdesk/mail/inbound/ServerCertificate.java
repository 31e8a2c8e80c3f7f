package org.helpdesk.mail.inbound;

import java.io.Serializable;
import java.security.cert.X509Certificate;
import java.time.Instant;

/**
 * The certificate a mail server showed and Helpdesk did not trust, as "test connection" reports it
 * for the administrator to compare (for instance with the mail server's own {@code openssl x509
 * -fingerprint -sha256}) before trusting it.
 *
 * @param sha256 the fingerprint as shown: upper-case hex pairs separated by colons
 */
public record ServerCertificate(String subject, String issuer, Instant notBefore, Instant notAfter, String sha256)
        implements Serializable {

    public static ServerCertificate of(X509Certificate certificate) {
        return new ServerCertificate(certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), Fingerprints.pretty(Fingerprints.sha256(certificate)));
    }

    /** Whether it is outside its validity period now (Helpdesk does not accept it then, pinned or not). */
    public boolean isOutOfDate() {
        Instant now = Instant.now();
        return now.isBefore(notBefore) || now.isAfter(notAfter);
    }
}
