package org.helpdesk.mail.crypto;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyPair;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.PGPDigestCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyEncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.helpdesk.ticket.SignatureStatus;

/** Keys and certificates made on the spot for tests: a certificate authority, S/MIME certificates, PGP keys. */
public final class TestKeys {

    /** Its own instance: in an integration test this class lives in another module than the desk's code. */
    private static final Provider BC = new BouncyCastleProvider();

    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    private TestKeys() {
    }

    /** A certificate with its private key, and the PKCS#12 file holding both. */
    public record Issued(X509Certificate certificate, KeyPair keys) {

        public Smime.Identity identity() {
            return new Smime.Identity(certificate, keys.getPrivate());
        }

        public byte[] pkcs12(String password) {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("key", keys.getPrivate(), password.toCharArray(), new X509Certificate[] { certificate });
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                store.store(out, password.toCharArray());
                return out.toByteArray();
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }

        public byte[] pem() {
            return Certificates.pem(certificate).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    /** A PGP key: the secret ring, its passphrase and the public ring, with their armoured forms. */
    public record PgpKey(PGPSecretKeyRing secret, PGPPublicKeyRing publicRing, String passphrase) {

        public Pgp.Identity identity() {
            return new Pgp.Identity(secret, passphrase.toCharArray());
        }

        public String armouredPublic() {
            return armour(publicRing);
        }

        public String armouredSecret() {
            return armour(secret);
        }

        private static String armour(org.bouncycastle.openpgp.PGPKeyRing ring) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ArmoredOutputStream armour = ArmoredOutputStream.builder().clearHeaders().build(out)) {
                ring.encode(armour);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toString(java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A self-signed certificate authority. */
    public static Issued authority(String name) {
        KeyPair keys = rsa();
        return new Issued(certificate("CN=" + name, keys, "CN=" + name, keys, null, true, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(3650))), keys);
    }

    /** An S/MIME certificate for the address, issued by the authority (or self-signed without one). */
    public static Issued smime(String address, Issued authority) {
        return smime(address, authority, Instant.now().plus(Duration.ofDays(365)));
    }

    public static Issued smime(String address, Issued authority, Instant notAfter) {
        KeyPair keys = rsa();
        String subject = "CN=" + address + ", O=Helpdesk tests";
        X509Certificate certificate = authority == null
                ? certificate(subject, keys, subject, keys, address, false, notAfter.minus(Duration.ofDays(400)), notAfter)
                : certificate(subject, keys, authority.certificate().getSubjectX500Principal().getName(), authority.keys(),
                        address, false, notAfter.minus(Duration.ofDays(400)), notAfter);
        return new Issued(certificate, keys);
    }

    private static X509Certificate certificate(String subject, KeyPair subjectKeys, String issuer, KeyPair issuerKeys,
            String address, boolean authority, Instant notBefore, Instant notAfter) {
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer),
                    BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(notBefore), Date.from(notAfter),
                    new X500Name(subject), subjectKeys.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
            builder.addExtension(Extension.keyUsage, true, authority
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
            if (address != null) {
                builder.addExtension(Extension.subjectAlternativeName, false,
                        new GeneralNames(new GeneralName(GeneralName.rfc822Name, address)));
            }
            return new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(
                    new JcaContentSignerBuilder("SHA256withRSA").setProvider(BC).build(issuerKeys.getPrivate())));
        } catch (OperatorCreationException | GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PGP key for "name <address>": an RSA primary key that signs and a subkey that encrypts. */
    public static PgpKey pgp(String name, String address, String passphrase) {
        return pgp(name, address, passphrase, false);
    }

    /** As {@link #pgp(String, String, String)}; an expired one was made two days ago, valid for one. */
    public static PgpKey pgp(String name, String address, String passphrase, boolean expired) {
        long validSeconds = expired ? Duration.ofDays(1).toSeconds() : 0;
        try {
            Date created = new Date(System.currentTimeMillis() - (expired ? 2 * validSeconds * 1000 : 60_000));
            PGPKeyPair primary = new JcaPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, rsa(), created);
            PGPKeyPair encryption = new JcaPGPKeyPair(PublicKeyAlgorithmTags.RSA_GENERAL, rsa(), created);
            PGPDigestCalculator sha1 = new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1);
            PGPSignatureSubpacketGenerator primaryPackets = new PGPSignatureSubpacketGenerator();
            primaryPackets.setKeyFlags(false, KeyFlags.SIGN_DATA | KeyFlags.CERTIFY_OTHER);
            if (validSeconds > 0) {
                primaryPackets.setKeyExpirationTime(false, validSeconds);
            }
            PGPSignatureSubpacketGenerator subkeyPackets = new PGPSignatureSubpacketGenerator();
            subkeyPackets.setKeyFlags(false, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE);
            PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, primary,
                    name + " <" + address + ">", sha1, primaryPackets.generate(), null,
                    new JcaPGPContentSignerBuilder(PublicKeyAlgorithmTags.RSA_GENERAL, HashAlgorithmTags.SHA256).setProvider(BC),
                    new JcePBESecretKeyEncryptorBuilder(SymmetricKeyAlgorithmTags.AES_256, sha1).setProvider(BC)
                            .build(passphrase.toCharArray()));
            generator.addSubKey(encryption, subkeyPackets.generate(), null);
            return new PgpKey(generator.generateSecretKeyRing(), generator.generatePublicKeyRing(), passphrase);
        } catch (PGPException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A mail program's keys for reading signed and encrypted mail: its own S/MIME and PGP secret keys, the PGP
     * public keys it knows, and one authority it trusts (a signer's certificate counts as trusted when that
     * authority signed it; no check of the sender's address).
     */
    public static SecureMime.Keys reader(List<Smime.Identity> smime, List<Pgp.Identity> pgp, List<PgpKey> known,
            X509Certificate trusted) {
        return new SecureMime.Keys() {
            @Override
            public List<Smime.Identity> smimeIdentities() {
                return smime;
            }

            @Override
            public List<Pgp.Identity> pgpIdentities() {
                return pgp;
            }

            @Override
            public Optional<PGPPublicKey> pgpKey(String sender, long keyId) {
                return known.stream().map(k -> k.publicRing().getPublicKey(keyId)).filter(k -> k != null).findFirst();
            }

            @Override
            public SignatureStatus trust(Smime.Signature signature, String sender) {
                try {
                    signature.signer().orElseThrow().verify(trusted.getPublicKey());
                    return SignatureStatus.VALID;
                } catch (GeneralSecurityException | RuntimeException e) {
                    return SignatureStatus.UNKNOWN_SIGNER;
                }
            }
        };
    }
}
