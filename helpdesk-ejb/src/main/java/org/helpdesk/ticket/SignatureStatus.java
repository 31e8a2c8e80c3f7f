package org.helpdesk.ticket;

/** What the check of a signed message found. */
public enum SignatureStatus {
    /** Intact, by a signer the desk trusts, within the signer's validity. */
    VALID,
    /** The content is not what was signed: changed on the way. */
    INVALID,
    /** Intact as far as can be told, but the signer is not one the desk knows or trusts. */
    UNKNOWN_SIGNER,
    /** Intact and trusted, but the signer's certificate or key has expired. */
    EXPIRED
}
