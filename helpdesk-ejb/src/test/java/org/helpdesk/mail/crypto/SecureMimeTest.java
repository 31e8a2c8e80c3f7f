package org.helpdesk.mail.crypto;

import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.ticket.SignatureStatus;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Signed and encrypted mail written and read back with keys made here: S/MIME and PGP/MIME, signatures
 * checked (valid, changed on the way, unknown signer, expired), and decryption for the desk's keys only.
 */
class SecureMimeTest {

    private static final long LIMIT = 10L << 20;
    private static final String BODY = "Estimado cliente:\n\nSu impresora ya funciona.  \nSaludos,\nSoporte";

    private static TestKeys.Issued authority;
    private static TestKeys.Issued desk;
    private static TestKeys.PgpKey deskPgp;
    private static TestKeys.PgpKey customerPgp;

    @BeforeAll
    static void keys() {
        authority = TestKeys.authority("Helpdesk Test CA");
        desk = TestKeys.smime("soporte@desk.example", authority);
        deskPgp = TestKeys.pgp("Soporte", "soporte@desk.example", "frase de paso");
        customerPgp = TestKeys.pgp("Cliente", "cliente@example.com", "otra frase");
    }

    private static byte[] message() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("soporte@desk.example");
        message.setRecipients(MimeMessage.RecipientType.TO, "cliente@example.com");
        message.setSubject("[Ticket#2026120710000001] Impresora", "UTF-8");
        message.setText(BODY, "UTF-8");
        message.setHeader("Content-Transfer-Encoding", "quoted-printable");
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private static SecureMime.Keys keys(List<Smime.Identity> smime, List<Pgp.Identity> pgp, List<TestKeys.PgpKey> known,
            X509Certificate trusted) {
        return TestKeys.reader(smime, pgp, known, trusted);
    }

    private static String text(byte[] message) throws Exception {
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(message));
        return parsed.getContent().toString().replace("\r\n", "\n");
    }

    @Test
    void anSmimeSignatureIsCheckedAndAChangeOnTheWayFound() throws Exception {
        byte[] original = message();
        byte[] signed = SecureMime.replaceBody(original, SecureMime.smimeSigned(SecureMime.entity(original), desk.identity()));
        SecureMime.Keys trusting = keys(List.of(), List.of(), List.of(), authority.certificate());

        SecureMime.Opened opened = SecureMime.open(signed, "soporte@desk.example", trusting, LIMIT);
        assertEquals(CryptoMethod.SMIME, opened.method());
        assertFalse(opened.encrypted());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        assertTrue(opened.signature().signer().contains("soporte@desk.example"), opened.signature().signer());
        assertEquals(BODY, text(opened.message()));

        String tampered = new String(signed, StandardCharsets.ISO_8859_1).replace("funciona", "funcionX");
        assertEquals(SignatureStatus.INVALID, SecureMime.open(tampered.getBytes(StandardCharsets.ISO_8859_1),
                "soporte@desk.example", trusting, LIMIT).signature().status());

        TestKeys.Issued stranger = TestKeys.authority("Other CA");
        assertEquals(SignatureStatus.UNKNOWN_SIGNER,
                SecureMime.open(signed, "soporte@desk.example", keys(List.of(), List.of(), List.of(), stranger.certificate()), LIMIT)
                        .signature().status());
    }

    @Test
    void anSmimeMessageSignedThenEncryptedOpensOnlyWithTheRecipientsKey() throws Exception {
        TestKeys.Issued customer = TestKeys.smime("cliente@example.com", authority);
        byte[] original = message();
        byte[] signed = SecureMime.smimeSigned(SecureMime.entity(original), desk.identity());
        byte[] encrypted = SecureMime.replaceBody(original, SecureMime.smimeEncrypted(signed, List.of(customer.certificate())));
        assertFalse(new String(encrypted, StandardCharsets.ISO_8859_1).contains("impresora"), "the body travels encrypted");

        SecureMime.Opened opened = SecureMime.open(encrypted, "soporte@desk.example",
                keys(List.of(customer.identity()), List.of(), List.of(), authority.certificate()), LIMIT);
        assertTrue(opened.encrypted());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        assertEquals(BODY, text(opened.message()));

        assertThrows(CryptoException.class, () -> SecureMime.open(encrypted, "soporte@desk.example",
                keys(List.of(desk.identity()), List.of(), List.of(), authority.certificate()), LIMIT));
    }

    @Test
    void aPgpSignatureIsCheckedWithTheSendersKeyWhenTheDeskHasIt() throws Exception {
        byte[] original = message();
        byte[] signed = SecureMime.replaceBody(original, SecureMime.pgpSigned(SecureMime.entity(original), deskPgp.identity()));

        SecureMime.Opened opened = SecureMime.open(signed, "soporte@desk.example",
                keys(List.of(), List.of(), List.of(deskPgp), authority.certificate()), LIMIT);
        assertEquals(CryptoMethod.PGP, opened.method());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        assertTrue(opened.signature().signer().contains("soporte@desk.example"), opened.signature().signer());
        assertEquals(BODY, text(opened.message()));

        String tampered = new String(signed, StandardCharsets.ISO_8859_1).replace("Soporte\r\n", "Soporte!\r\n");
        assertEquals(SignatureStatus.INVALID, SecureMime.open(tampered.getBytes(StandardCharsets.ISO_8859_1),
                "soporte@desk.example", keys(List.of(), List.of(), List.of(deskPgp), authority.certificate()), LIMIT).signature().status());
        assertEquals(SignatureStatus.UNKNOWN_SIGNER, SecureMime.open(signed, "soporte@desk.example",
                keys(List.of(), List.of(), List.of(), authority.certificate()), LIMIT).signature().status());

        // the desk never signs with an expired key (refused), but a customer's program may have
        TestKeys.PgpKey expired = TestKeys.pgp("Viejo", "viejo@example.com", "frase", true);
        assertThrows(CryptoException.class, () -> SecureMime.pgpSigned(SecureMime.entity(original), expired.identity()));
        byte[] old = SecureMime.replaceBody(original, signedByHand(SecureMime.entity(original), expired));
        assertEquals(SignatureStatus.EXPIRED, SecureMime.open(old, "viejo@example.com",
                keys(List.of(), List.of(), List.of(expired), authority.certificate()), LIMIT).signature().status());
    }

    /** PGP/MIME signed with Bouncy Castle's packets directly, with whatever key (as another mail program may). */
    private static byte[] signedByHand(byte[] entity, TestKeys.PgpKey key) throws Exception {
        org.bouncycastle.openpgp.PGPSecretKey secret = key.secret().getSecretKey();
        org.bouncycastle.openpgp.PGPSignatureGenerator generator = new org.bouncycastle.openpgp.PGPSignatureGenerator(
                new org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder(secret.getPublicKey().getAlgorithm(),
                        org.bouncycastle.bcpg.HashAlgorithmTags.SHA256), secret.getPublicKey());
        generator.init(org.bouncycastle.openpgp.PGPSignature.BINARY_DOCUMENT, secret.extractPrivateKey(
                new org.bouncycastle.openpgp.operator.jcajce.JcePBESecretKeyDecryptorBuilder().build(key.passphrase().toCharArray())));
        generator.update(entity);
        ByteArrayOutputStream armoured = new ByteArrayOutputStream();
        try (org.bouncycastle.bcpg.ArmoredOutputStream armour = new org.bouncycastle.bcpg.ArmoredOutputStream(armoured)) {
            generator.generate().encode(armour);
        }
        String head = "Content-Type: multipart/signed; protocol=\"application/pgp-signature\"; micalg=pgp-sha256; boundary=\"b1\"\r\n"
                + "\r\n--b1\r\n";
        String tail = "\r\n--b1\r\nContent-Type: application/pgp-signature\r\n\r\n"
                + armoured.toString(StandardCharsets.US_ASCII).replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n--b1--\r\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(entity);
        out.writeBytes(tail.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    @Test
    void aPgpMessageSignedThenEncryptedOpensWithTheRecipientsSecretKey() throws Exception {
        byte[] original = message();
        byte[] signed = SecureMime.pgpSigned(SecureMime.entity(original), deskPgp.identity());
        byte[] encrypted = SecureMime.replaceBody(original, SecureMime.pgpEncrypted(signed, List.of(customerPgp.publicRing())));
        assertTrue(new String(encrypted, StandardCharsets.US_ASCII).contains("-----BEGIN PGP MESSAGE-----"));

        SecureMime.Opened opened = SecureMime.open(encrypted, "soporte@desk.example",
                keys(List.of(), List.of(customerPgp.identity()), List.of(deskPgp), authority.certificate()), LIMIT);
        assertTrue(opened.encrypted());
        assertEquals(SignatureStatus.VALID, opened.signature().status());
        assertEquals(BODY, text(opened.message()));

        assertThrows(CryptoException.class, () -> SecureMime.open(encrypted, "soporte@desk.example",
                keys(List.of(), List.of(deskPgp.identity()), List.of(deskPgp), authority.certificate()), LIMIT));
    }

    @Test
    void aSignedMessageWhoseSignatureCannotBeReadIsTakenAsItCameMarkedInvalid() throws Exception {
        byte[] original = message();
        byte[] signed = SecureMime.replaceBody(original, SecureMime.smimeSigned(SecureMime.entity(original), desk.identity()));
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int signaturePart = text.indexOf("Content-Type: application/pkcs7-signature");
        byte[] broken = (text.substring(0, signaturePart) + "Content-Type: application/pkcs7-signature\r\n\r\nbm8gZXMgdW5hIGZpcm1h\r\n"
                + text.substring(text.lastIndexOf("\r\n--"))).getBytes(StandardCharsets.ISO_8859_1);

        SecureMime.Keys none = keys(List.of(), List.of(), List.of(), authority.certificate());
        assertEquals(SignatureStatus.INVALID, SecureMime.open(broken, "soporte@desk.example", none, LIMIT).signature().status());

        byte[] cut = text.substring(0, signaturePart).getBytes(StandardCharsets.ISO_8859_1);
        SecureMime.Opened opened = SecureMime.open(cut, "soporte@desk.example", none, LIMIT);
        assertEquals(SignatureStatus.INVALID, opened.signature().status());
        assertArrayEquals(cut, opened.message(), "taken as it came");
    }

    @Test
    void aPgpMessageThatDecompressesToMoreThanTheLimitIsRefused() {
        byte[] zeros = new byte[12 << 20];
        String armoured = Pgp.encrypt(zeros, List.of(customerPgp.publicRing()));
        assertTrue(armoured.length() < 200_000, "compressed to " + armoured.length());
        CryptoException refused = assertThrows(CryptoException.class, () -> Pgp.decrypt(
                armoured.getBytes(StandardCharsets.US_ASCII), List.of(customerPgp.identity()), id -> Optional.empty(), 1 << 20));
        assertTrue(refused.getMessage().contains("larger than"), refused.getMessage());
        assertEquals(zeros.length, Pgp.decrypt(armoured.getBytes(StandardCharsets.US_ASCII), List.of(customerPgp.identity()),
                id -> Optional.empty(), LIMIT * 2).orElseThrow().content().length);
    }

    @Test
    void aPgpKeyEncryptsWithItsEncryptionSubkeyAndSignsWithItsSigningKey() {
        org.bouncycastle.openpgp.PGPPublicKey encryption = Pgp.encryptionKey(customerPgp.publicRing()).orElseThrow();
        assertFalse(encryption.isMasterKey(), "the subkey flagged for encryption");
        assertTrue(Pgp.signingKey(customerPgp.secret()).orElseThrow().isMasterKey(), "the primary key flagged for signing");
        TestKeys.PgpKey expired = TestKeys.pgp("Viejo", "viejo@example.com", "frase", true);
        assertTrue(Pgp.encryptionKey(expired.publicRing()).isEmpty(), "nothing to encrypt to with an expired key");
    }

    @Test
    void aPlainMessageComesBackAsItIs() throws Exception {
        byte[] original = message();
        SecureMime.Opened opened = SecureMime.open(original, "x@example.com", keys(List.of(), List.of(), List.of(), authority.certificate()), LIMIT);
        assertFalse(opened.secured());
        assertNull(opened.signature());
        assertArrayEquals(original, opened.message());
    }
}
