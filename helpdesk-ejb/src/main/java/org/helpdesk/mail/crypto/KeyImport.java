package org.helpdesk.mail.crypto;

import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.ticket.SignatureStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyDecryptorBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;
import org.helpdesk.shared.ValidationException;

/**
 * Reads what an administrator uploads: S/MIME certificates (PEM or DER), a private key with its certificate
 * (PKCS#12, or PEM with the key, encrypted or not), certificate authorities, and PGP public or secret keys
 * (ASCII-armoured). A wrong password or passphrase, or something that is none of these, is refused with the
 * reason; nothing is half read.
 */
public final class KeyImport {

    private KeyImport() {
    }

    /** One key or certificate as read, its secret part (if any) still in the clear, to be sealed before storing. */
    public record ImportedKey(CryptoMethod method, boolean authority, String fingerprint, String subject, String issuer,
            Set<String> addresses, Instant notBefore, Instant notAfter, String publicData, String secretData,
            String passphrase) {

        public boolean hasSecret() {
            return secretData != null;
        }

        /** Without the secret part and passphrase, should it ever be logged. */
        @Override
        public String toString() {
            return method + " " + fingerprint + " " + subject + (hasSecret() ? " (with private key)" : "");
        }
    }

    /** The keys in a file; the password opens a PKCS#12 file, an encrypted PEM key or a PGP secret key. */
    public static List<ImportedKey> read(byte[] file, String password) {
        if (file == null || file.length == 0) {
            throw new ValidationException("file", "keys.import.empty");
        }
        String text = new String(file, StandardCharsets.US_ASCII);
        if (text.contains("-----BEGIN PGP ")) {
            return pgp(file, password);
        }
        if (text.contains("-----BEGIN ")) {
            return pem(text, password);
        }
        try {
            X509Certificate certificate = Certificates.read(file);
            return List.of(certificate(certificate, null));
        } catch (CryptoException notDer) {
            return pkcs12(file, password);
        }
    }

    private static List<ImportedKey> pem(String text, String password) {
        List<X509Certificate> certificates = new ArrayList<>();
        List<PrivateKey> keys = new ArrayList<>();
        JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(Smime.BC);
        try (PEMParser parser = new PEMParser(new java.io.StringReader(text))) {
            for (Object object = parser.readObject(); object != null; object = parser.readObject()) {
                if (object instanceof X509CertificateHolder holder) {
                    certificates.add(new JcaX509CertificateConverter().setProvider(Smime.BC).getCertificate(holder));
                } else if (object instanceof PrivateKeyInfo info) {
                    keys.add(converter.getPrivateKey(info));
                } else if (object instanceof PEMKeyPair pair) {
                    keys.add(converter.getKeyPair(pair).getPrivate());
                } else if (object instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    keys.add(converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(
                            new JceOpenSSLPKCS8DecryptorProviderBuilder().setProvider(Smime.BC).build(chars(password)))));
                } else if (object instanceof PEMEncryptedKeyPair encrypted) {
                    keys.add(converter.getKeyPair(encrypted.decryptKeyPair(
                            new JcePEMDecryptorProviderBuilder().setProvider(Smime.BC).build(chars(password)))).getPrivate());
                }
            }
        } catch (PKCSException | org.bouncycastle.openssl.EncryptionException e) {
            throw new ValidationException("password", "keys.import.wrongPassword");
        } catch (IOException | GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new ValidationException("file", "keys.import.unreadable");
        }
        if (certificates.isEmpty()) {
            throw new ValidationException("file", keys.isEmpty() ? "keys.import.unreadable" : "keys.import.keyWithoutCertificate");
        }
        List<ImportedKey> imported = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            PrivateKey key = keys.stream().filter(k -> matches(certificate, k)).findFirst().orElse(null);
            imported.add(certificate(certificate, key));
        }
        if (keys.stream().anyMatch(k -> certificates.stream().noneMatch(c -> matches(c, k)))) {
            throw new ValidationException("file", "keys.import.keyWithoutCertificate");
        }
        return imported;
    }

    private static List<ImportedKey> pkcs12(byte[] file, String password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(file), chars(password));
            List<ImportedKey> imported = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate certificate = store.getCertificate(alias);
                    PrivateKey key = (PrivateKey) store.getKey(alias, chars(password));
                    if (certificate instanceof X509Certificate x509 && key != null) {
                        imported.add(certificate(x509, key));
                    }
                } else if (store.getCertificate(alias) instanceof X509Certificate x509) {
                    imported.add(certificate(x509, null));
                }
            }
            if (imported.isEmpty()) {
                throw new ValidationException("file", "keys.import.unreadable");
            }
            return imported;
        } catch (IOException e) {
            throw e.getCause() instanceof UnrecoverableKeyException
                    ? new ValidationException("password", "keys.import.wrongPassword")
                    : new ValidationException("file", "keys.import.unreadable");
        } catch (GeneralSecurityException e) {
            throw new ValidationException("password", "keys.import.wrongPassword");
        }
    }

    private static boolean matches(X509Certificate certificate, PrivateKey key) {
        java.security.PublicKey publicKey = certificate.getPublicKey();
        if (publicKey instanceof java.security.interfaces.RSAPublicKey rsa
                && key instanceof java.security.interfaces.RSAPrivateKey rsaKey) {
            return rsa.getModulus().equals(rsaKey.getModulus());
        }
        // other algorithms: sign and check a probe
        try {
            String algorithm = key.getAlgorithm().startsWith("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            java.security.Signature signer = java.security.Signature.getInstance(algorithm, Smime.BC);
            signer.initSign(key);
            signer.update(new byte[] { 1, 2, 3 });
            byte[] signature = signer.sign();
            java.security.Signature verifier = java.security.Signature.getInstance(algorithm, Smime.BC);
            verifier.initVerify(publicKey);
            verifier.update(new byte[] { 1, 2, 3 });
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static ImportedKey certificate(X509Certificate certificate, PrivateKey key) {
        String secret = key == null ? null : Base64.getEncoder().encodeToString(key.getEncoded());
        return new ImportedKey(CryptoMethod.SMIME, Certificates.isAuthority(certificate) && key == null,
                Certificates.fingerprint(certificate), certificate.getSubjectX500Principal().getName(),
                certificate.getIssuerX500Principal().getName(), Certificates.addresses(certificate),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant(),
                Certificates.pem(certificate), secret, null);
    }

    private static List<ImportedKey> pgp(byte[] file, String passphrase) {
        List<ImportedKey> imported = new ArrayList<>();
        try {
            JcaPGPObjectFactory objects = new JcaPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(file)));
            for (Object object = objects.nextObject(); object != null; object = objects.nextObject()) {
                if (object instanceof PGPPublicKeyRing ring) {
                    imported.add(pgp(ring, null, null));
                } else if (object instanceof PGPSecretKeyRing ring) {
                    checkPassphrase(ring, passphrase);
                    List<PGPPublicKey> publicKeys = new ArrayList<>();
                    ring.getPublicKeys().forEachRemaining(publicKeys::add);
                    imported.add(pgp(new PGPPublicKeyRing(publicKeys), armour(ring.getEncoded()), passphrase));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException validation) {
                throw validation;
            }
            throw new ValidationException("file", "keys.import.unreadable");
        }
        if (imported.isEmpty()) {
            throw new ValidationException("file", "keys.import.unreadable");
        }
        return imported;
    }

    private static void checkPassphrase(PGPSecretKeyRing ring, String passphrase) {
        for (PGPSecretKey key : (Iterable<PGPSecretKey>) ring::getSecretKeys) {
            if (key.isPrivateKeyEmpty()) {
                continue;
            }
            try {
                key.extractPrivateKey(new JcePBESecretKeyDecryptorBuilder().setProvider(Smime.BC).build(chars(passphrase)));
            } catch (PGPException e) {
                throw new ValidationException("password", "keys.import.wrongPassword");
            }
        }
    }

    private static ImportedKey pgp(PGPPublicKeyRing ring, String secret, String passphrase) throws IOException {
        PGPPublicKey primary = ring.getPublicKey();
        return new ImportedKey(CryptoMethod.PGP, false, PgpKeys.fingerprint(primary), PgpKeys.userIds(primary), null,
                PgpKeys.addresses(primary), primary.getCreationTime().toInstant(), PgpKeys.expiry(primary),
                armour(ring.getEncoded()), secret, secret == null ? null : passphrase == null ? "" : passphrase);
    }

    static String armour(byte[] encoded) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armour = ArmoredOutputStream.builder().clearHeaders().build(out)) {
            armour.write(encoded);
        }
        return out.toString(StandardCharsets.US_ASCII);
    }

    private static char[] chars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
