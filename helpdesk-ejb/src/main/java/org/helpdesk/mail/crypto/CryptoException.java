package org.helpdesk.mail.crypto;

/** Signing, encrypting or reading signed or encrypted mail failed; the message says why, in English, for the log. */
public class CryptoException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
