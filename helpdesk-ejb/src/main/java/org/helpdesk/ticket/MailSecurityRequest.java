package org.helpdesk.ticket;

import java.io.Serializable;

import org.helpdesk.shared.CryptoMethod;

/**
 * What an agent asks for an answer that goes by e-mail: sign it, encrypt it, with S/MIME or PGP; or, when
 * nobody chose ({@link #AS_THE_QUEUE_SAYS}: an answer through the API, an e-mail ticket an agent opens), what
 * the ticket's queue does by default.
 */
public record MailSecurityRequest(CryptoMethod method, boolean sign, boolean encrypt) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Neither signed nor encrypted. */
    public static final MailSecurityRequest NONE = new MailSecurityRequest(null, false, false);

    /**
     * As the ticket's queue does by default, as far as the keys allow: with its method, signed when the desk has
     * the sender's key, encrypted when every recipient has one.
     */
    public static final MailSecurityRequest AS_THE_QUEUE_SAYS = new MailSecurityRequest(null, true, false);

    public boolean asTheQueueSays() {
        return method == null && sign;
    }

    /** This request, less what the keys do not allow. */
    public MailSecurityRequest asFarAs(boolean canSign, boolean canEncrypt) {
        return new MailSecurityRequest(method, sign && canSign, encrypt && canEncrypt);
    }

    public boolean any() {
        return method != null && (sign || encrypt);
    }
}
