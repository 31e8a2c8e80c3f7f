package org.helpdesk.mail.crypto;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.BCPGOutputStream;
import org.bouncycastle.bcpg.CompressionAlgorithmTags;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPCompressedData;
import org.bouncycastle.openpgp.PGPCompressedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedData;
import org.bouncycastle.openpgp.PGPEncryptedDataGenerator;
import org.bouncycastle.openpgp.PGPEncryptedDataList;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPLiteralData;
import org.bouncycastle.openpgp.PGPLiteralDataGenerator;
import org.bouncycastle.openpgp.PGPMarker;
import org.bouncycastle.openpgp.PGPOnePassSignature;
import org.bouncycastle.openpgp.PGPOnePassSignatureList;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyEncryptedData;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSecretKey;
import org.bouncycastle.openpgp.PGPSecretKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.jcajce.JcaPGPObjectFactory;
import org.bouncycastle.openpgp.operator.jcajce.JcaKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentVerifierBuilderProvider;
import org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyDecryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePGPDataEncryptorBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyDataDecryptorFactoryBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcePublicKeyKeyEncryptionMethodGenerator;

/**
 * OpenPGP's cryptography (RFC 4880) for PGP/MIME (RFC 3156), with Bouncy Castle: detached armoured signatures,
 * armoured encrypted messages, and reading both. The MIME around them is {@link SecureMime}'s.
 */
public final class Pgp {

    /** A detached signature is a few hundred bytes; more after decompression is not one. */
    private static final long SIGNATURE_LIMIT = 1 << 16;

    private Pgp() {
    }

    /** A secret key of the desk and its passphrase. */
    public record Identity(PGPSecretKeyRing ring, char[] passphrase) {
    }

    /** What a signature says: whether the content is the one signed, and the key that signed (when known here). */
    public record Signature(boolean intact, long keyId, Optional<PGPPublicKey> signer, Date signedAt) {
    }

    /** The content of an encrypted message, and its inner signature when it was signed and encrypted in one. */
    public record Decrypted(byte[] content, Optional<Signature> signature) {
    }

    /** A detached, armoured signature of the content, with the ring's signing key. */
    public static String sign(byte[] content, Identity signer) {
        PGPSecretKey key = signingKey(signer.ring())
                .orElseThrow(() -> new CryptoException("The PGP key has no secret signing key"));
        try {
            PGPPrivateKey privateKey = key.extractPrivateKey(
                    new JcePBESecretKeyDecryptorBuilder().setProvider(Smime.BC).build(signer.passphrase()));
            PGPSignatureGenerator generator = new PGPSignatureGenerator(
                    new JcaPGPContentSignerBuilder(key.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256)
                            .setProvider(Smime.BC), key.getPublicKey());
            generator.init(PGPSignature.BINARY_DOCUMENT, privateKey);
            generator.update(content);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ArmoredOutputStream armour = ArmoredOutputStream.builder().clearHeaders().build(out);
                    BCPGOutputStream packets = new BCPGOutputStream(armour)) {
                generator.generate().encode(packets);
            }
            return out.toString(java.nio.charset.StandardCharsets.US_ASCII);
        } catch (PGPException | IOException e) {
            throw new CryptoException("PGP signing failed: " + e.getMessage(), e);
        }
    }

    /** Checks a detached signature over the content with the signer's public key, if the desk has it. */
    public static Signature verifyDetached(byte[] content, byte[] signature, LongFunction<Optional<PGPPublicKey>> keys) {
        try {
            JcaPGPObjectFactory objects = new JcaPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(signature)));
            Object next = objects.nextObject();
            if (next instanceof PGPCompressedData compressed) {
                next = new JcaPGPObjectFactory(new BoundedInput(compressed.getDataStream(), SIGNATURE_LIMIT)).nextObject();
            }
            if (!(next instanceof PGPSignatureList list) || list.isEmpty()) {
                throw new CryptoException("Not a PGP signature");
            }
            PGPSignature found = list.get(0);
            Optional<PGPPublicKey> signer = keys.apply(found.getKeyID());
            if (signer.isEmpty()) {
                return new Signature(false, found.getKeyID(), Optional.empty(), found.getCreationTime());
            }
            found.init(new JcaPGPContentVerifierBuilderProvider().setProvider(Smime.BC), signer.get());
            found.update(content);
            return new Signature(found.verify(), found.getKeyID(), signer, found.getCreationTime());
        } catch (PGPException | IOException e) {
            throw new CryptoException("Unreadable PGP signature: " + e.getMessage(), e);
        }
    }

    /** The content encrypted (AES-256, with integrity protection) for every recipient, armoured. */
    public static String encrypt(byte[] content, List<PGPPublicKeyRing> recipients) {
        PGPEncryptedDataGenerator generator = new PGPEncryptedDataGenerator(new JcePGPDataEncryptorBuilder(
                SymmetricKeyAlgorithmTags.AES_256).setWithIntegrityPacket(true).setSecureRandom(new SecureRandom())
                .setProvider(Smime.BC));
        for (PGPPublicKeyRing recipient : recipients) {
            PGPPublicKey key = encryptionKey(recipient)
                    .orElseThrow(() -> new CryptoException("The PGP key has no valid encryption key"));
            generator.addMethod(new JcePublicKeyKeyEncryptionMethodGenerator(key).setProvider(Smime.BC));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ArmoredOutputStream armour = ArmoredOutputStream.builder().clearHeaders().build(out)) {
            try (OutputStream encrypted = generator.open(armour, new byte[1 << 16])) {
                PGPCompressedDataGenerator compressor = new PGPCompressedDataGenerator(CompressionAlgorithmTags.ZIP);
                try (OutputStream compressed = compressor.open(encrypted)) {
                    PGPLiteralDataGenerator literal = new PGPLiteralDataGenerator();
                    try (OutputStream data = literal.open(compressed, PGPLiteralData.BINARY, "", content.length, new Date())) {
                        data.write(content);
                    }
                }
            }
        } catch (PGPException | IOException e) {
            throw new CryptoException("PGP encryption failed: " + e.getMessage(), e);
        }
        return out.toString(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /**
     * The content of an encrypted message, opened with whichever of the desk's secret keys it was encrypted for;
     * empty when it was encrypted for none of them. A message signed and encrypted in one (as many mail programs
     * send) has its signature checked with the public keys the desk has.
     */
    public static Optional<Decrypted> decrypt(byte[] armoured, List<Identity> identities,
            LongFunction<Optional<PGPPublicKey>> keys, long maxBytes) {
        try {
            JcaPGPObjectFactory objects = new JcaPGPObjectFactory(PGPUtil.getDecoderStream(new ByteArrayInputStream(armoured)));
            Object next = objects.nextObject();
            while (next instanceof PGPMarker) {
                next = objects.nextObject();
            }
            if (!(next instanceof PGPEncryptedDataList list)) {
                throw new CryptoException("Not a PGP encrypted message");
            }
            for (PGPEncryptedData data : list) {
                if (data instanceof PGPPublicKeyEncryptedData forKey) {
                    for (Identity identity : identities) {
                        PGPSecretKey secret = identity.ring().getSecretKey(forKey.getKeyID());
                        if (secret != null) {
                            PGPPrivateKey key = secret.extractPrivateKey(
                                    new JcePBESecretKeyDecryptorBuilder().setProvider(Smime.BC).build(identity.passphrase()));
                            return Optional.of(open(forKey, key, keys, maxBytes));
                        }
                    }
                }
            }
            return Optional.empty();
        } catch (PGPException | IOException e) {
            throw new CryptoException("PGP decryption failed: " + e.getMessage(), e);
        }
    }

    private static Decrypted open(PGPPublicKeyEncryptedData data, PGPPrivateKey key, LongFunction<Optional<PGPPublicKey>> keys,
            long maxBytes) throws PGPException, IOException {
        if (!data.isIntegrityProtected()) {
            // without a modification detection code the ciphertext can be changed unnoticed (EFAIL): refused, as GnuPG does
            throw new CryptoException("The PGP message has no integrity protection");
        }
        InputStream clear = data.getDataStream(new JcePublicKeyDataDecryptorFactoryBuilder().setProvider(Smime.BC).build(key));
        JcaPGPObjectFactory objects = new JcaPGPObjectFactory(clear);
        Object next = objects.nextObject();
        if (next instanceof PGPCompressedData compressed) {
            objects = new JcaPGPObjectFactory(new BoundedInput(compressed.getDataStream(), maxBytes));
            next = objects.nextObject();
        }
        PGPOnePassSignature onePass = null;
        Optional<PGPPublicKey> signer = Optional.empty();
        if (next instanceof PGPOnePassSignatureList passes && !passes.isEmpty()) {
            onePass = passes.get(0);
            signer = keys.apply(onePass.getKeyID());
            if (signer.isPresent()) {
                onePass.init(new JcaPGPContentVerifierBuilderProvider().setProvider(Smime.BC), signer.get());
            }
            next = objects.nextObject();
        }
        if (!(next instanceof PGPLiteralData literal)) {
            throw new CryptoException("The PGP message holds no data");
        }
        byte[] content = new BoundedInput(literal.getInputStream(), maxBytes).readAllBytes();
        Optional<Signature> signature = Optional.empty();
        if (onePass != null) {
            Object signatures = objects.nextObject();
            PGPSignature found = signatures instanceof PGPSignatureList list && !list.isEmpty() ? list.get(0) : null;
            boolean intact = false;
            if (found != null && signer.isPresent()) {
                onePass.update(content);
                intact = onePass.verify(found);
            }
            signature = Optional.of(new Signature(intact, onePass.getKeyID(), signer,
                    found == null ? null : found.getCreationTime()));
        }
        if (!data.verify()) {
            throw new CryptoException("The PGP message was changed after it was encrypted");
        }
        return new Decrypted(content, signature);
    }

    /** The ring's secret key for signing: a valid key whose flags say it signs (the primary key first). */
    static Optional<PGPSecretKey> signingKey(PGPSecretKeyRing ring) {
        PGPPublicKey primary = ring.getPublicKey();
        if (primary.hasRevocation()) {
            return Optional.empty();
        }
        List<PGPSecretKey> candidates = new ArrayList<>();
        ring.getSecretKeys().forEachRemaining(candidates::add);
        return candidates.stream().filter(k -> !k.isPrivateKeyEmpty() && usable(k.getPublicKey())
                && may(k.getPublicKey(), primary, KeyFlags.SIGN_DATA, k.isSigningKey())).findFirst();
    }

    /** The ring's key for encryption: a valid subkey whose flags say it encrypts, else such a primary key. */
    public static Optional<PGPPublicKey> encryptionKey(PGPPublicKeyRing ring) {
        PGPPublicKey primary = ring.getPublicKey();
        if (primary.hasRevocation() || PgpKeys.expired(primary)) {
            return Optional.empty();
        }
        PGPPublicKey primaryCandidate = null;
        for (Iterator<PGPPublicKey> it = ring.getPublicKeys(); it.hasNext();) {
            PGPPublicKey key = it.next();
            if (!usable(key) || !may(key, primary, KeyFlags.ENCRYPT_COMMS | KeyFlags.ENCRYPT_STORAGE, key.isEncryptionKey())) {
                continue;
            }
            if (!key.isMasterKey()) {
                return Optional.of(key);
            }
            primaryCandidate = key;
        }
        return Optional.ofNullable(primaryCandidate);
    }

    private static boolean usable(PGPPublicKey key) {
        return !key.hasRevocation() && !PgpKeys.expired(key);
    }

    /**
     * Whether the key may be used for this: as its key flags say (the subkey's binding signature, the primary
     * key's self-signature); a key without flags (older keys) as its algorithm allows.
     */
    private static boolean may(PGPPublicKey key, PGPPublicKey primary, int wanted, boolean algorithmAllows) {
        if (!algorithmAllows) {
            return false;
        }
        Iterator<PGPSignature> signatures = key.isMasterKey() ? key.getSignatures()
                : key.getSignaturesOfType(PGPSignature.SUBKEY_BINDING);
        boolean flagged = false;
        while (signatures.hasNext()) {
            PGPSignature signature = signatures.next();
            if (signature.getKeyID() != primary.getKeyID() || signature.getHashedSubPackets() == null
                    || !signature.getHashedSubPackets().hasSubpacket(org.bouncycastle.bcpg.SignatureSubpacketTags.KEY_FLAGS)) {
                continue;
            }
            flagged = true;
            if ((signature.getHashedSubPackets().getKeyFlags() & wanted) != 0) {
                return true;
            }
        }
        return !flagged;
    }

    /** Reads one armoured or binary public key ring. */
    public static PGPPublicKeyRing publicRing(String armoured) {
        try {
            return new PGPPublicKeyRing(PGPUtil.getDecoderStream(new ByteArrayInputStream(
                    armoured.getBytes(java.nio.charset.StandardCharsets.US_ASCII))), new JcaKeyFingerprintCalculator());
        } catch (IOException e) {
            throw new CryptoException("Unreadable PGP public key: " + e.getMessage(), e);
        }
    }

    /** Reads one armoured secret key ring. */
    public static PGPSecretKeyRing secretRing(String armoured) {
        try {
            return new PGPSecretKeyRing(PGPUtil.getDecoderStream(new ByteArrayInputStream(
                    armoured.getBytes(java.nio.charset.StandardCharsets.US_ASCII))), new JcaKeyFingerprintCalculator());
        } catch (IOException | PGPException e) {
            throw new CryptoException("Unreadable PGP secret key: " + e.getMessage(), e);
        }
    }
}
