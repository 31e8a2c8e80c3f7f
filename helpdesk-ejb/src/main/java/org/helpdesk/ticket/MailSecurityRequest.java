package org.helpdesk.ticket;

import java.io.Serializable;

import org.helpdesk.shared.CryptoMethod;

/** What an agent asks for an answer that goes by e-mail: sign it, encrypt it, with S/MIME or PGP. */
public record MailSecurityRequest(CryptoMethod method, boolean sign, boolean encrypt) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Neither signed nor encrypted. */
    public static final MailSecurityRequest NONE = new MailSecurityRequest(null, false, false);

    public boolean any() {
        return method != null && (sign || encrypt);
    }
}
