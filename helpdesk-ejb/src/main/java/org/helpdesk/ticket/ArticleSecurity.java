package org.helpdesk.ticket;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.helpdesk.shared.CryptoMethod;

/**
 * How an article's e-mail was secured. For mail the desk sends: signed and/or encrypted with the method, as
 * the agent chose. For mail it received: what the signature check found (and by whom), and whether it came
 * encrypted (then the article holds the decrypted text and the original stays downloadable).
 */
@Embeddable
public class ArticleSecurity implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_method", length = 10)
    private CryptoMethod method;

    @Column(name = "security_signed", nullable = false)
    private boolean signed;

    @Column(name = "security_encrypted", nullable = false)
    private boolean encrypted;

    @Enumerated(EnumType.STRING)
    @Column(name = "signature_status", length = 20)
    private SignatureStatus signatureStatus;

    @Column(name = "signer", length = 1000)
    private String signer;

    /** Neither signed nor encrypted. */
    protected ArticleSecurity() {
    }

    /** What the desk sends: signed, encrypted, or both. */
    public static ArticleSecurity sent(CryptoMethod method, boolean signed, boolean encrypted) {
        ArticleSecurity security = new ArticleSecurity();
        security.method = method;
        security.signed = signed;
        security.encrypted = encrypted;
        return security;
    }

    /** What the desk received: the signature's check (none when unsigned), and whether it came encrypted. */
    public static ArticleSecurity received(CryptoMethod method, SignatureStatus status, String signer, boolean encrypted) {
        ArticleSecurity security = new ArticleSecurity();
        security.method = method;
        security.signed = status != null;
        security.signatureStatus = status;
        security.signer = signer == null || signer.length() <= 1000 ? signer : signer.substring(0, 1000);
        security.encrypted = encrypted;
        return security;
    }

    /** Whether the mail was signed or encrypted at all. */
    public boolean isSecured() {
        return method != null;
    }

    public CryptoMethod getMethod() {
        return method;
    }

    public boolean isSigned() {
        return signed;
    }

    public boolean isEncrypted() {
        return encrypted;
    }

    public SignatureStatus getSignatureStatus() {
        return signatureStatus;
    }

    public String getSigner() {
        return signer;
    }
}
