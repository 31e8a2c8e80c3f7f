package org.helpdesk.mail.inbound;

import jakarta.mail.MessagingException;

/** Connecting failed because the mail server's certificate is not trusted; says which certificate it was. */
public class UntrustedCertificateException extends MessagingException {

    private static final long serialVersionUID = 1L;

    private final ServerCertificate certificate;

    public UntrustedCertificateException(MessagingException failure, ServerCertificate certificate) {
        super(failure.getMessage(), failure.getNextException());
        this.certificate = certificate;
    }

    public ServerCertificate getCertificate() {
        return certificate;
    }
}
