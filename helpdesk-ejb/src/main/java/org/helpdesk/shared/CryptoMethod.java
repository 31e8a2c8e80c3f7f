package org.helpdesk.shared;

/** The two ways mail is signed and encrypted: S/MIME (X.509 certificates) and OpenPGP. */
public enum CryptoMethod {
    SMIME, PGP
}
