package org.helpdesk.mail.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.shared.ValidationException;
import org.junit.jupiter.api.Test;

/** What an administrator uploads is read, or refused with the reason. */
class KeyImportTest {

    private static String messageKey(Runnable action) {
        return assertThrows(ValidationException.class, action::run).getErrors().get(0).messageKey();
    }

    @Test
    void aPkcs12FileGivesTheCertificateWithItsPrivateKey() {
        TestKeys.Issued issued = TestKeys.smime("soporte@desk.example", TestKeys.authority("CA"));
        List<KeyImport.ImportedKey> read = KeyImport.read(issued.pkcs12("secreto"), "secreto");
        assertEquals(1, read.size());
        KeyImport.ImportedKey key = read.get(0);
        assertEquals(CryptoMethod.SMIME, key.method());
        assertTrue(key.hasSecret());
        assertFalse(key.authority());
        assertEquals(Set.of("soporte@desk.example"), key.addresses());
        assertEquals(Certificates.fingerprint(issued.certificate()), key.fingerprint());
        assertEquals(issued.certificate().getNotAfter().toInstant(), key.notAfter());
        assertEquals("keys.import.wrongPassword", messageKey(() -> KeyImport.read(issued.pkcs12("secreto"), "otro")));
    }

    @Test
    void pemAndDerCertificatesAndAPemKeyWithItsCertificate() throws Exception {
        TestKeys.Issued issued = TestKeys.smime("cliente@example.com", null);
        assertFalse(KeyImport.read(issued.pem(), null).get(0).hasSecret());
        assertEquals(Set.of("cliente@example.com"), KeyImport.read(issued.certificate().getEncoded(), null).get(0).addresses());

        String key = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(issued.keys().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        byte[] both = (new String(issued.pem(), StandardCharsets.US_ASCII) + key).getBytes(StandardCharsets.US_ASCII);
        assertTrue(KeyImport.read(both, null).get(0).hasSecret());
        assertEquals("keys.import.keyWithoutCertificate", messageKey(() -> KeyImport.read(key.getBytes(StandardCharsets.US_ASCII), null)));
    }

    @Test
    void anAuthorityIsMarkedAsSuch() {
        TestKeys.Issued authority = TestKeys.authority("Autoridad");
        assertTrue(KeyImport.read(authority.pem(), null).get(0).authority());
    }

    @Test
    void pgpPublicAndSecretKeys() {
        TestKeys.PgpKey pgp = TestKeys.pgp("Cliente Uno", "Cliente@Example.com", "frase");
        KeyImport.ImportedKey publicKey = KeyImport.read(pgp.armouredPublic().getBytes(StandardCharsets.US_ASCII), null).get(0);
        assertEquals(CryptoMethod.PGP, publicKey.method());
        assertFalse(publicKey.hasSecret());
        assertEquals(Set.of("cliente@example.com"), publicKey.addresses());
        assertEquals("Cliente Uno <Cliente@Example.com>", publicKey.subject());
        assertNull(publicKey.notAfter(), "never expires");
        assertTrue(publicKey.fingerprint().matches("([0-9A-F]{4} ){9}[0-9A-F]{4}"), publicKey.fingerprint());

        KeyImport.ImportedKey secret = KeyImport.read(pgp.armouredSecret().getBytes(StandardCharsets.US_ASCII), "frase").get(0);
        assertTrue(secret.hasSecret());
        assertEquals(publicKey.fingerprint(), secret.fingerprint());
        assertEquals("keys.import.wrongPassword",
                messageKey(() -> KeyImport.read(pgp.armouredSecret().getBytes(StandardCharsets.US_ASCII), "mala")));
    }

    @Test
    void anythingElseIsRefused() {
        assertEquals("keys.import.unreadable", messageKey(() -> KeyImport.read("hola".getBytes(StandardCharsets.US_ASCII), null)));
        assertEquals("keys.import.empty", messageKey(() -> KeyImport.read(new byte[0], null)));
    }
}
