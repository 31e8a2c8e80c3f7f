package org.helpdesk.mail.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.shared.SecretBox;
import org.helpdesk.ticket.SignatureStatus;

/**
 * The desk's keys as signing, encrypting and reading mail need them, from the database, in the caller's
 * transaction: whose certificate or public key to encrypt to, which private key signs for an address, which
 * keys decrypt, and whether a signer is trusted (its own certificate imported, or issued by an imported
 * authority). Expired keys never sign or encrypt.
 */
@ApplicationScoped
public class MailKeys implements SecureMime.Keys {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @Inject
    Clock clock;

    /**
     * The unexpired keys for the address, the one to use first: one that never expires, else the one valid
     * longest, else the newest (the same choice on every database).
     */
    private List<MailKey> forAddress(CryptoMethod method, String address) {
        Instant now = clock.instant();
        return em.createNamedQuery("MailKey.forAddress", MailKey.class).setParameter("method", method)
                .setParameter("address", address.trim().toLowerCase(Locale.ROOT)).setMaxResults(20).getResultList().stream()
                .filter(k -> !k.isExpired(now))
                .sorted(Comparator.comparing((MailKey k) -> k.getNotAfter() == null ? Instant.MAX : k.getNotAfter()).reversed()
                        .thenComparing(MailKey::getId, Comparator.reverseOrder()))
                .toList();
    }

    /** The desk's S/MIME key that signs for the address. */
    public Optional<Smime.Identity> smimeSigner(String address) {
        return forAddress(CryptoMethod.SMIME, address).stream().filter(MailKey::hasSecret).findFirst().map(this::smimeIdentity);
    }

    /** The desk's PGP key that signs for the address. */
    public Optional<Pgp.Identity> pgpSigner(String address) {
        return forAddress(CryptoMethod.PGP, address).stream().filter(MailKey::hasSecret).findFirst().map(this::pgpIdentity);
    }

    /** The certificate to encrypt to the address with S/MIME. */
    public Optional<X509Certificate> smimeRecipient(String address) {
        return forAddress(CryptoMethod.SMIME, address).stream().findFirst()
                .map(k -> Certificates.read(k.getPublicData().getBytes(StandardCharsets.US_ASCII)));
    }

    /** The public key to encrypt to the address with PGP: one that has a valid encryption key. */
    public Optional<PGPPublicKeyRing> pgpRecipient(String address) {
        return forAddress(CryptoMethod.PGP, address).stream().map(k -> Pgp.publicRing(k.getPublicData()))
                .filter(ring -> Pgp.encryptionKey(ring).isPresent()).findFirst();
    }

    @Override
    public List<Smime.Identity> smimeIdentities() {
        return em.createNamedQuery("MailKey.withSecret", MailKey.class).setParameter("method", CryptoMethod.SMIME)
                .setMaxResults(100).getResultStream().map(this::smimeIdentity).toList();
    }

    @Override
    public List<Pgp.Identity> pgpIdentities() {
        return em.createNamedQuery("MailKey.withSecret", MailKey.class).setParameter("method", CryptoMethod.PGP)
                .setMaxResults(100).getResultStream().map(this::pgpIdentity).toList();
    }

    @Override
    public Optional<PGPPublicKey> pgpKey(String sender, long keyId) {
        if (sender == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("MailKey.forAddress", MailKey.class).setParameter("method", CryptoMethod.PGP)
                .setParameter("address", sender.trim().toLowerCase(Locale.ROOT)).setMaxResults(20).getResultStream()
                .map(k -> Pgp.publicRing(k.getPublicData()).getPublicKey(keyId)).filter(k -> k != null).findFirst();
    }

    /**
     * An intact signature's signer is trusted when its certificate is the sender's (names the From address) and is
     * made for mail, and was imported, or chains (through the certificates the message carried) to an imported
     * authority; a trusted signer past its validity is expired.
     */
    @Override
    public SignatureStatus trust(Smime.Signature signature, String sender) {
        X509Certificate signer = signature.signer().orElse(null);
        if (signer == null || sender == null || !Certificates.addresses(signer).contains(sender.trim().toLowerCase(Locale.ROOT))
                || !Certificates.forMail(signer)) {
            // a certificate of somebody else, or not made for mail, proves nothing about this sender
            return SignatureStatus.UNKNOWN_SIGNER;
        }
        boolean known = !em.createNamedQuery("MailKey.byFingerprint", MailKey.class).setParameter("method", CryptoMethod.SMIME)
                .setParameter("fingerprint", Certificates.fingerprint(signer)).getResultList().isEmpty();
        if (!known && !chainsToAnAuthority(signer, signature.certificates())) {
            return SignatureStatus.UNKNOWN_SIGNER;
        }
        return signer.getNotAfter().toInstant().isBefore(clock.instant()) ? SignatureStatus.EXPIRED : SignatureStatus.VALID;
    }

    private boolean chainsToAnAuthority(X509Certificate signer, List<X509Certificate> carried) {
        Set<TrustAnchor> anchors = em.createNamedQuery("MailKey.authorities", MailKey.class).setMaxResults(500).getResultStream()
                .map(k -> new TrustAnchor(Certificates.read(k.getPublicData().getBytes(StandardCharsets.US_ASCII)), null))
                .collect(Collectors.toSet());
        if (anchors.isEmpty()) {
            return false;
        }
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            // whether it was trusted while valid; expiry is told apart by the caller
            Instant checkedAt = signer.getNotAfter().toInstant().isBefore(clock.instant())
                    ? signer.getNotAfter().toInstant().minusSeconds(1) : clock.instant();
            parameters.setDate(Date.from(checkedAt));
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(carried)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        } catch (GeneralSecurityException untrusted) {
            return false;
        }
    }

    private Smime.Identity smimeIdentity(MailKey key) {
        X509Certificate certificate = Certificates.read(key.getPublicData().getBytes(StandardCharsets.US_ASCII));
        try {
            byte[] pkcs8 = Base64.getDecoder().decode(secrets.open(key.getSecretData()));
            PrivateKey privateKey = KeyFactory.getInstance(certificate.getPublicKey().getAlgorithm())
                    .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            return new Smime.Identity(certificate, privateKey);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Unreadable private key of " + key.getSubject(), e);
        }
    }

    private Pgp.Identity pgpIdentity(MailKey key) {
        return new Pgp.Identity(Pgp.secretRing(secrets.open(key.getSecretData())),
                secrets.open(key.getPassphrase()).toCharArray());
    }
}
