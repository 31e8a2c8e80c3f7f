package org.helpdesk.mail.crypto;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;

/** What an X.509 certificate tells about itself, and its PEM form. */
public final class Certificates {

    private Certificates() {
    }

    /** SHA-256 of the certificate, as colon-separated upper-case hexadecimal. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Unreadable certificate", e);
        }
    }

    /** The mail addresses the certificate is issued to: its rfc822 names and the subject's e-mail attribute. */
    public static Set<String> addresses(X509Certificate certificate) {
        Set<String> addresses = new LinkedHashSet<>();
        try {
            if (certificate.getSubjectAlternativeNames() != null) {
                for (List<?> name : certificate.getSubjectAlternativeNames()) {
                    if (Integer.valueOf(1).equals(name.get(0))) {
                        add(addresses, name.get(1).toString());
                    }
                }
            }
            X500Name subject = new JcaX509CertificateHolder(certificate).getSubject();
            for (RDN rdn : subject.getRDNs(BCStyle.EmailAddress)) {
                add(addresses, IETFUtils.valueToString(rdn.getFirst().getValue()));
            }
        } catch (CertificateException e) {
            throw new CryptoException("Unreadable certificate", e);
        }
        return addresses;
    }

    /** Whether the certificate may sign mail: no extended key usage, or one that includes e-mail protection. */
    public static boolean forMail(X509Certificate certificate) {
        try {
            List<String> usages = certificate.getExtendedKeyUsage();
            return usages == null || usages.contains("1.3.6.1.5.5.7.3.4") || usages.contains("2.5.29.37.0");
        } catch (CertificateException e) {
            return false;
        }
    }

    /** An address as stored (lower case); one longer than an address can be is left out. */
    static void add(Set<String> addresses, String address) {
        String clean = address.trim().toLowerCase(Locale.ROOT);
        if (!clean.isEmpty() && clean.length() <= 250) {
            addresses.add(clean);
        }
    }

    public static boolean isAuthority(X509Certificate certificate) {
        return certificate.getBasicConstraints() >= 0;
    }

    public static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                            .encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new CryptoException("Unreadable certificate", e);
        }
    }

    /** A certificate from PEM or DER. */
    public static X509Certificate read(byte[] pemOrDer) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pemOrDer));
        } catch (CertificateException | ClassCastException e) {
            throw new CryptoException("Not an X.509 certificate", e);
        }
    }
}
