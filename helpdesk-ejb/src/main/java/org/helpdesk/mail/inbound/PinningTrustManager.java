package org.helpdesk.mail.inbound;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * How far Helpdesk trusts a mail server's certificate. A server is trusted when the JVM's trust
 * store trusts its chain and the certificate names the host Helpdesk connected to; or, when the
 * account has a trusted certificate, when the server shows that very certificate (the SHA-256 of
 * its leaf certificate is the stored one) and it is within its validity period.
 * <p>
 * The name is not checked for the pinned certificate: the administrator confirmed this exact
 * certificate for this account, which binds it more tightly than a name, and self-signed
 * certificates of mail servers often name something else (the machine, "localhost"). The name
 * check is done by the standard trust manager during the handshake (endpoint identification, set
 * on every socket of {@link #socketFactory()}), so it applies exactly when the standard trust does.
 * <p>
 * Remembers the last certificate it refused, for "test connection" to show.
 */
final class PinningTrustManager extends X509ExtendedTrustManager {

    /** The endpoint identification of the server name check; Jakarta Mail uses the same. */
    static final String NAME_CHECK = "LDAPS";

    private final X509ExtendedTrustManager standard;
    private final String pin;
    private volatile X509Certificate rejected;

    /**
     * @param standard the trust that applies anyway (normally the JVM's, see {@link #standardTrust})
     * @param pin the trusted certificate's SHA-256 fingerprint in any form {@link Fingerprints#normalize}
     *        accepts, or null
     */
    PinningTrustManager(X509ExtendedTrustManager standard, String pin) {
        this.standard = standard;
        this.pin = Fingerprints.normalize(pin);
    }

    /** The JVM's trust store ({@code javax.net.ssl.trustStore}, else the JDK's cacerts) and the pin. */
    static PinningTrustManager withDefaultTrust(String pin) throws GeneralSecurityException {
        return new PinningTrustManager(standardTrust(null), pin);
    }

    /** The platform's trust manager over the given trust store; null: the JVM's default one. */
    static X509ExtendedTrustManager standardTrust(KeyStore trusted) throws GeneralSecurityException {
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        for (TrustManager manager : factory.getTrustManagers()) {
            if (manager instanceof X509ExtendedTrustManager x509) {
                return x509;
            }
        }
        throw new GeneralSecurityException("The platform has no X.509 trust manager");
    }

    /**
     * Sockets that trust as this manager does and have the server name checked, for Jakarta Mail's
     * {@code mail.<protocol>.ssl.socketFactory} (TLS from the start, and STARTTLS).
     */
    SSLSocketFactory socketFactory() throws GeneralSecurityException {
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] {this}, null);
        return new NameChecking(context.getSocketFactory());
    }

    /** The leaf certificate of the last chain refused, or null. */
    X509Certificate rejected() {
        return rejected;
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        check(chain, () -> standard.checkServerTrusted(chain, authType, socket));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        check(chain, () -> standard.checkServerTrusted(chain, authType, engine));
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain, () -> standard.checkServerTrusted(chain, authType));
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        throw new CertificateException("Only used to connect to mail servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        throw new CertificateException("Only used to connect to mail servers");
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Only used to connect to mail servers");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return standard.getAcceptedIssuers();
    }

    /** Whether the chain's leaf certificate is the pinned one and valid today. */
    boolean isPinned(X509Certificate[] chain) {
        if (pin == null || chain == null || chain.length == 0) {
            return false;
        }
        X509Certificate leaf = chain[0];
        if (!MessageDigest.isEqual(pin.getBytes(StandardCharsets.US_ASCII),
                Fingerprints.sha256(leaf).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        try {
            leaf.checkValidity();
            return true;
        } catch (CertificateException outOfDate) {
            return false;
        }
    }

    private void check(X509Certificate[] chain, StandardCheck standardCheck) throws CertificateException {
        try {
            standardCheck.run();
        } catch (CertificateException untrusted) {
            if (isPinned(chain)) {
                return;
            }
            if (chain != null && chain.length > 0) {
                rejected = chain[0];
            }
            throw untrusted;
        }
    }

    @FunctionalInterface
    private interface StandardCheck {
        void run() throws CertificateException;
    }

    /** Turns on the server name check (endpoint identification) on every socket it makes. */
    private static final class NameChecking extends SSLSocketFactory {

        private final SSLSocketFactory delegate;

        NameChecking(SSLSocketFactory delegate) {
            this.delegate = delegate;
        }

        private static Socket named(Socket socket) {
            if (socket instanceof SSLSocket ssl) {
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm(NAME_CHECK);
                ssl.setSSLParameters(parameters);
            }
            return socket;
        }

        @Override
        public Socket createSocket(Socket socket, String host, int port, boolean autoClose) throws IOException {
            return named(delegate.createSocket(socket, host, port, autoClose));
        }

        @Override
        public Socket createSocket() throws IOException {
            return named(delegate.createSocket());
        }

        @Override
        public Socket createSocket(String host, int port) throws IOException {
            return named(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
            return named(delegate.createSocket(host, port, localHost, localPort));
        }

        @Override
        public Socket createSocket(InetAddress host, int port) throws IOException {
            return named(delegate.createSocket(host, port));
        }

        @Override
        public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
            return named(delegate.createSocket(address, port, localAddress, localPort));
        }

        @Override
        public String[] getDefaultCipherSuites() {
            return delegate.getDefaultCipherSuites();
        }

        @Override
        public String[] getSupportedCipherSuites() {
            return delegate.getSupportedCipherSuites();
        }
    }
}
