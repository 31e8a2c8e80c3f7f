package org.helpdesk.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;

import jakarta.mail.MessagingException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Trusting a mail server's certificate: fingerprints, pinning, the name check, and Jakarta Mail
 * using it. The certificates are made for the test by the JDK's keytool; a TLS server on the loopback
 * interface shows the "mail server" one, which names mail.example.test (not 127.0.0.1).
 */
class PinningTrustManagerTest {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final String MAIL_HOST = "mail.example.test";

    @TempDir
    static Path dir;

    private static KeyStore mailKeys;
    private static X509Certificate mailCertificate;
    private static X509Certificate otherCertificate;
    private static X509Certificate expiredCertificate;
    private static SSLServerSocket server;

    @BeforeAll
    static void makeCertificatesAndStartTheServer() throws Exception {
        mailKeys = keyPair("mail", "CN=" + MAIL_HOST + ", O=Helpdesk test", "SAN=dns:" + MAIL_HOST);
        mailCertificate = (X509Certificate) mailKeys.getCertificate("mail");
        otherCertificate = (X509Certificate) keyPair("other", "CN=Some other CA", null).getCertificate("other");
        expiredCertificate = (X509Certificate) keyPair("expired", "CN=" + MAIL_HOST, null, "-startdate", "-3d", "-validity", "1")
                .getCertificate("expired");

        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(mailKeys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 10, InetAddress.getLoopbackAddress());
        Thread serving = new Thread(PinningTrustManagerTest::serve, "test-tls-server");
        serving.setDaemon(true);
        serving.start();
    }

    @AfterAll
    static void stopTheServer() throws IOException {
        server.close();
    }

    // --- fingerprints

    @Test
    void theFingerprintIsTheOneKeytoolShows() throws Exception {
        Process list = new ProcessBuilder(keytool(), "-J-Duser.language=en", "-list", "-v", "-alias", "mail", "-keystore",
                dir.resolve("mail.p12").toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD))
                .redirectErrorStream(true).start();
        String output = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(list.waitFor(60, TimeUnit.SECONDS));
        Matcher shown = java.util.regex.Pattern.compile("SHA256: ([0-9A-F:]{95})").matcher(output);
        assertTrue(shown.find(), output);

        String stored = Fingerprints.sha256(mailCertificate);
        assertTrue(stored.matches("[0-9a-f]{64}"), stored);
        assertEquals(shown.group(1), Fingerprints.pretty(stored));
        assertEquals(stored, Fingerprints.normalize(shown.group(1)));
        assertEquals(shown.group(1), ServerCertificate.of(mailCertificate).sha256());
    }

    @Test
    void fingerprintsAreTypedWithOrWithoutColonsAndAnyCase() {
        String stored = Fingerprints.sha256(mailCertificate);
        String pretty = Fingerprints.pretty(stored);
        for (String typed : List.of(stored, stored.toUpperCase(), pretty, pretty.toLowerCase(), " " + pretty.replace(':', ' ') + " ")) {
            assertEquals(stored, Fingerprints.normalize(typed), typed);
            assertTrue(typed.matches(Fingerprints.PATTERN), typed);
        }
        assertNull(Fingerprints.normalize(null));
        assertNull(Fingerprints.normalize("  "));
        assertTrue("".matches(Fingerprints.PATTERN), "blank is no certificate");
        for (String wrong : List.of(stored.substring(2), stored + "00", stored.replace(stored.charAt(0), 'g'), "SHA256: " + pretty)) {
            assertFalse(wrong.matches(Fingerprints.PATTERN), wrong);
            assertThrows(IllegalArgumentException.class, () -> Fingerprints.normalize(wrong), wrong);
        }
    }

    // --- the trust decision

    @Test
    void thePinnedCertificateIsTrustedWhereNoAuthorityVouchesForIt() throws Exception {
        PinningTrustManager pinned = new PinningTrustManager(trusting(otherCertificate), Fingerprints.pretty(
                Fingerprints.sha256(mailCertificate)));
        assertDoesNotThrow(() -> pinned.checkServerTrusted(new X509Certificate[] {mailCertificate}, "ECDHE_ECDSA"));
        assertNull(pinned.rejected());

        PinningTrustManager other = new PinningTrustManager(trusting(otherCertificate), Fingerprints.sha256(otherCertificate));
        assertThrows(CertificateException.class,
                () -> other.checkServerTrusted(new X509Certificate[] {mailCertificate}, "ECDHE_ECDSA"));
        assertSame(mailCertificate, other.rejected(), "the certificate shown is kept for the administrator");

        PinningTrustManager none = new PinningTrustManager(trusting(otherCertificate), null);
        assertThrows(CertificateException.class, () -> none.checkServerTrusted(new X509Certificate[] {mailCertificate}, "ECDHE_ECDSA"));
        assertSame(mailCertificate, none.rejected());
    }

    @Test
    void whatTheStandardTrustAcceptsNeedsNoPin() throws Exception {
        PinningTrustManager trust = new PinningTrustManager(trusting(mailCertificate), Fingerprints.sha256(otherCertificate));
        assertDoesNotThrow(() -> trust.checkServerTrusted(new X509Certificate[] {mailCertificate}, "ECDHE_ECDSA"));
        assertNull(trust.rejected());
    }

    @Test
    void anExpiredCertificateIsNotTrustedEvenWhenPinned() throws Exception {
        PinningTrustManager trust = new PinningTrustManager(trusting(otherCertificate), Fingerprints.sha256(expiredCertificate));
        assertThrows(CertificateException.class,
                () -> trust.checkServerTrusted(new X509Certificate[] {expiredCertificate}, "ECDHE_ECDSA"));
        assertSame(expiredCertificate, trust.rejected());
        assertTrue(ServerCertificate.of(expiredCertificate).isOutOfDate());
        assertFalse(ServerCertificate.of(mailCertificate).isOutOfDate());
    }

    @Test
    void itTrustsNoClients() throws Exception {
        PinningTrustManager trust = new PinningTrustManager(trusting(mailCertificate), Fingerprints.sha256(mailCertificate));
        assertThrows(CertificateException.class, () -> trust.checkClientTrusted(new X509Certificate[] {mailCertificate}, "ECDSA"));
    }

    // --- handshakes: the name is checked, except for the pinned certificate

    @Test
    void aTrustedCertificateMustNameTheHost() throws Exception {
        PinningTrustManager trust = new PinningTrustManager(trusting(mailCertificate), null);
        assertDoesNotThrow(() -> handshake(trust, MAIL_HOST));

        PinningTrustManager byAddress = new PinningTrustManager(trusting(mailCertificate), null);
        assertThrows(SSLHandshakeException.class, () -> handshake(byAddress, "127.0.0.1"),
                "the certificate names mail.example.test, not 127.0.0.1");
        assertEquals(mailCertificate, byAddress.rejected());
    }

    @Test
    void thePinnedCertificateNeedNotNameTheHost() throws Exception {
        PinningTrustManager trust = new PinningTrustManager(trusting(otherCertificate), Fingerprints.sha256(mailCertificate));
        assertDoesNotThrow(() -> handshake(trust, "127.0.0.1"));
        assertNull(trust.rejected());

        PinningTrustManager unpinned = new PinningTrustManager(trusting(otherCertificate), null);
        assertThrows(SSLHandshakeException.class, () -> handshake(unpinned, MAIL_HOST));
        assertEquals(mailCertificate, unpinned.rejected());
    }

    // --- Jakarta Mail (IMAPS) with it: what the mailbox reader does for "test connection"

    @Test
    void testConnectionShowsTheCertificateTheJvmDoesNotTrust() {
        MessagingException failure = assertThrows(MessagingException.class, () -> new MailboxReader().check(MailProtocol.IMAPS, false,
                false, "127.0.0.1", server.getLocalPort(), "buzon", "secreto", "INBOX", null));
        UntrustedCertificateException untrusted = assertInstanceOf(UntrustedCertificateException.class, failure);
        assertEquals(ServerCertificate.of(mailCertificate), untrusted.getCertificate());
        assertTrue(untrusted.getCertificate().subject().contains("CN=" + MAIL_HOST), untrusted.getCertificate().subject());
    }

    @Test
    void withThePinnedCertificateTheConnectionGetsPastTls() {
        // the test server says BYE right after the handshake: any error but the certificate's
        MessagingException failure = assertThrows(MessagingException.class, () -> new MailboxReader().check(MailProtocol.IMAPS, false,
                false, "127.0.0.1", server.getLocalPort(), "buzon", "secreto", "INBOX",
                Fingerprints.pretty(Fingerprints.sha256(mailCertificate))));
        assertFalse(failure instanceof UntrustedCertificateException, failure.toString());
        assertFalse(String.valueOf(failure.getMessage()).contains("certificat"), failure.getMessage());
    }

    // --- plain IMAP/POP3 only by consent, certificates only with TLS

    @Test
    void anAccountAllowsPlaintextOnlyWithoutTlsAndTrustsCertificatesOnlyWithIt() {
        String pin = Fingerprints.pretty(Fingerprints.sha256(mailCertificate));
        MailAccount account = new MailAccount("Soporte");

        account.connectTo(MailProtocol.IMAP, false, "mail.example.test", 143, "soporte", "INBOX");
        assertTrue(MailProtocol.IMAP.isPlaintext(false));
        account.secure(pin, true);
        assertTrue(account.isAllowPlaintext());
        assertNull(account.getTrustedCertificateSha256(), "no certificate without TLS");

        account.connectTo(MailProtocol.IMAP, true, "mail.example.test", 143, "soporte", "INBOX");
        assertFalse(MailProtocol.IMAP.isPlaintext(true));
        account.secure(pin, true);
        assertFalse(account.isAllowPlaintext(), "STARTTLS needs no consent");
        assertEquals(Fingerprints.sha256(mailCertificate), account.getTrustedCertificateSha256());

        account.connectTo(MailProtocol.POP3S, false, "mail.example.test", 995, "soporte", null);
        assertFalse(MailProtocol.POP3S.isPlaintext(false));
        account.secure(" ", false);
        assertNull(account.getTrustedCertificateSha256());
        assertTrue(MailProtocol.POP3.isPlaintext(false));
    }

    // --- helpers

    private static void handshake(PinningTrustManager trust, String host) throws Exception {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 5000);
        try (SSLSocket tls = (SSLSocket) trust.socketFactory().createSocket(plain, host, server.getLocalPort(), true)) {
            tls.setSoTimeout(5000);
            tls.startHandshake();
        }
    }

    /** Accepts connections one after the other: a TLS handshake, then an IMAP goodbye. */
    private static void serve() {
        while (!server.isClosed()) {
            try (SSLSocket client = (SSLSocket) server.accept()) {
                client.setSoTimeout(5000);
                client.startHandshake();
                client.getOutputStream().write("* BYE test server\r\n".getBytes(StandardCharsets.US_ASCII));
                client.getOutputStream().flush();
                InputStream in = client.getInputStream();
                in.read();
            } catch (IOException refusedOrClosed) {
                // the client did not trust us, or went away, or the test is over
            }
        }
    }

    /** The platform's trust manager with only this certificate as trust anchor. */
    private static X509ExtendedTrustManager trusting(X509Certificate anchor) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("anchor", anchor);
        return PinningTrustManager.standardTrust(trusted);
    }

    /** A new EC key pair with a self-signed certificate, made by keytool, in a PKCS12 key store of its own. */
    private static KeyStore keyPair(String alias, String name, String extension, String... more) throws Exception {
        Path file = dir.resolve(alias + ".p12");
        List<String> command = new ArrayList<>(List.of(keytool(), "-J-Duser.language=en", "-genkeypair", "-alias", alias,
                "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg", "SHA256withECDSA", "-dname", name,
                "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", new String(PASSWORD),
                "-keypass", new String(PASSWORD)));
        if (extension != null) {
            command.addAll(List.of("-ext", extension));
        }
        command.addAll(List.of(more));
        if (more.length == 0) {
            command.addAll(List.of("-validity", "30"));
        }
        Process keytool = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS), "keytool hangs");
        assertEquals(0, keytool.exitValue(), output);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, PASSWORD);
        }
        return store;
    }

    private static String keytool() {
        return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    }
}
