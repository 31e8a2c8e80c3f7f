package org.helpdesk.mail.crypto;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAlgorithm;
import org.bouncycastle.cms.CMSEnvelopedData;
import org.bouncycastle.cms.CMSEnvelopedDataGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JceCMSContentEncryptorBuilder;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientInfoGenerator;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.util.Store;

/**
 * S/MIME's cryptography (CMS, RFC 5652/8551) on the bytes of a MIME entity, with Bouncy Castle: detached
 * signatures, enveloped (encrypted) data, and reading both. The MIME around them is {@link SecureMime}'s.
 */
public final class Smime {

    /** Bouncy Castle as an instance, never installed in the JVM: the server and other deployments keep theirs. */
    static final Provider BC = new BouncyCastleProvider();

    private Smime() {
    }

    /** A key of the desk: its certificate and private key. */
    public record Identity(X509Certificate certificate, PrivateKey key) {
    }

    /** What a signature says: whether the content is the one signed, by whom, and when (as the signer claims). */
    public record Signature(boolean intact, Optional<X509Certificate> signer, List<X509Certificate> certificates,
            Optional<java.time.Instant> signedAt) {
    }

    /** A detached signature (DER) of the content, carrying the signer's certificate. */
    public static byte[] sign(byte[] content, Identity signer) {
        try {
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder().setProvider(BC)
                    .build(algorithm(signer.key()), signer.key(), signer.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | IOException e) {
            throw new CryptoException("S/MIME signing failed: " + e.getMessage(), e);
        }
    }

    private static String algorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> "SHA256withRSA";
        };
    }

    /** Checks a detached signature over the content. */
    public static Signature verifyDetached(byte[] content, byte[] signature) {
        try {
            return verify(new CMSSignedData(new CMSProcessableByteArray(content), signature));
        } catch (CMSException e) {
            return new Signature(false, Optional.empty(), List.of(), Optional.empty());
        }
    }

    /** Whether DER bytes are CMS signed data (an opaque signed message), whatever the MIME type's smime-type says. */
    public static boolean isSignedData(byte[] der) {
        try {
            return org.bouncycastle.asn1.cms.ContentInfo.getInstance(org.bouncycastle.asn1.ASN1Primitive.fromByteArray(der))
                    .getContentType().equals(org.bouncycastle.asn1.cms.CMSObjectIdentifiers.signedData);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** An opaque signed message ({@code smime-type=signed-data}): its content, and its signature checked. */
    public static Optional<Opaque> openOpaque(byte[] signedData) {
        try {
            CMSSignedData signed = new CMSSignedData(signedData);
            CMSTypedData content = signed.getSignedContent();
            if (content == null) {
                return Optional.empty();
            }
            return Optional.of(new Opaque((byte[]) content.getContent(), verify(signed)));
        } catch (CMSException e) {
            return Optional.empty();
        }
    }

    /** The content of an opaque signed message and what its signature says. */
    public record Opaque(byte[] content, Signature signature) {
    }

    @SuppressWarnings("unchecked")
    private static Signature verify(CMSSignedData signed) throws CMSException {
        Store<X509CertificateHolder> store = signed.getCertificates();
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BC);
        List<X509Certificate> certificates = store.getMatches(null).stream().map(holder -> {
            try {
                return converter.getCertificate(holder);
            } catch (GeneralSecurityException e) {
                throw new CryptoException("Unreadable certificate in a signature", e);
            }
        }).toList();
        Collection<SignerInformation> signers = signed.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return new Signature(false, Optional.empty(), certificates, Optional.empty());
        }
        SignerInformation first = signers.iterator().next();
        Collection<X509CertificateHolder> matches = store.getMatches(first.getSID());
        if (matches.isEmpty()) {
            return new Signature(false, Optional.empty(), certificates, Optional.empty());
        }
        X509CertificateHolder holder = matches.iterator().next();
        boolean intact;
        X509Certificate signer;
        try {
            signer = converter.getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new CryptoException("Unreadable signer certificate", e);
        }
        try {
            // with the public key alone: whether the certificate was valid then is the trust decision's (expired)
            intact = first.verify(new JcaSimpleSignerInfoVerifierBuilder().setProvider(BC).build(signer.getPublicKey()));
        } catch (CMSException | OperatorCreationException e) {
            intact = false;
        }
        return new Signature(intact, Optional.of(signer), certificates, signingTime(first));
    }

    private static Optional<java.time.Instant> signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        if (attributes == null || attributes.get(CMSAttributes.signingTime) == null) {
            return Optional.empty();
        }
        Time time = Time.getInstance(attributes.get(CMSAttributes.signingTime).getAttrValues().getObjectAt(0));
        return Optional.of(time.getDate().toInstant());
    }

    /** The content encrypted (AES-256-CBC) for every recipient's certificate, as DER enveloped data. */
    public static byte[] encrypt(byte[] content, List<X509Certificate> recipients) {
        try {
            CMSEnvelopedDataGenerator generator = new CMSEnvelopedDataGenerator();
            for (X509Certificate recipient : recipients) {
                generator.addRecipientInfoGenerator(new JceKeyTransRecipientInfoGenerator(recipient).setProvider(BC));
            }
            return generator.generate(new CMSProcessableByteArray(content),
                    new JceCMSContentEncryptorBuilder(CMSAlgorithm.AES256_CBC).setProvider(BC).build()).getEncoded();
        } catch (CMSException | GeneralSecurityException | IOException e) {
            throw new CryptoException("S/MIME encryption failed: " + e.getMessage(), e);
        }
    }

    /** The content of enveloped data, opened with whichever of the desk's keys it was encrypted for. */
    public static Optional<byte[]> decrypt(byte[] enveloped, List<Identity> identities) {
        CMSEnvelopedData data;
        try {
            data = new CMSEnvelopedData(enveloped);
        } catch (CMSException e) {
            throw new CryptoException("Not S/MIME enveloped data: " + e.getMessage(), e);
        }
        for (Identity identity : identities) {
            RecipientInformation recipient = data.getRecipientInfos().get(new JceKeyTransRecipientId(identity.certificate()));
            if (recipient != null) {
                try {
                    return Optional.of(recipient.getContent(new JceKeyTransEnvelopedRecipient(identity.key()).setProvider(BC)));
                } catch (CMSException e) {
                    throw new CryptoException("S/MIME decryption failed: " + e.getMessage(), e);
                }
            }
        }
        return Optional.empty();
    }
}
