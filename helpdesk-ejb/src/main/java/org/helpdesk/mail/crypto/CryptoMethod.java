package org.helpdesk.mail.crypto;

/** The two ways mail is signed and encrypted. */
public enum CryptoMethod {
    SMIME, PGP
}
