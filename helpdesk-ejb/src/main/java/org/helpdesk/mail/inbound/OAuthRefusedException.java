package org.helpdesk.mail.inbound;

/**
 * The provider refused to grant a token (its error and description, word for word), or could not be reached
 * ({@code temporary}: tried again at the next poll; otherwise the mailbox waits for an administrator).
 */
public class OAuthRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean temporary;

    public OAuthRefusedException(String message, boolean temporary) {
        super(message);
        this.temporary = temporary;
    }

    public boolean isTemporary() {
        return temporary;
    }
}
