package org.helpdesk.mail.mime;

/**
 * A received e-mail that cannot be turned into a {@link ParsedMail}: its MIME structure is broken,
 * a part's content cannot be decoded (for example corrupt base64), or it has no usable sender.
 * <p>
 * The message ({@link #getMessage()}) is a short English reason meant for administrators, who see
 * it next to the mail in the quarantine list; the technical details are in the cause.
 */
public class UnparsableMailException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param reason short English explanation for administrators, e.g. "Message has no From header"
     * @param cause what Jakarta Mail or the JDK threw, or {@code null}
     */
    public UnparsableMailException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
