package org.helpdesk.mail.crypto;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.CryptoMethod;

/**
 * An S/MIME certificate or a PGP key the desk knows (Admin › S/MIME and PGP keys, as in OTRS): a customer's,
 * to encrypt to and to check their signatures; the desk's own with its private part, to sign and to decrypt;
 * or a certificate authority whose certificates the desk trusts. The private part and its passphrase are
 * sealed with the desk's secret key (SecretBox).
 */
@Entity
@Table(name = "mail_key")
@EntityListeners(AuditListener.class)
@NamedQuery(name = "MailKey.all", query = "SELECT k FROM MailKey k ORDER BY k.method, k.subject, k.id")
@NamedQuery(name = "MailKey.count", query = "SELECT COUNT(k) FROM MailKey k")
@NamedQuery(name = "MailKey.byFingerprint", query = "SELECT k FROM MailKey k WHERE k.method = :method AND k.fingerprint = :fingerprint")
@NamedQuery(name = "MailKey.forAddress", query = "SELECT k FROM MailKey k WHERE k.method = :method AND :address MEMBER OF k.addresses "
        + "AND k.authority = FALSE ORDER BY k.id DESC")
@NamedQuery(name = "MailKey.withSecret", query = "SELECT k FROM MailKey k WHERE k.method = :method AND k.secretData IS NOT NULL "
        + "ORDER BY k.id")
@NamedQuery(name = "MailKey.authorities", query = "SELECT k FROM MailKey k WHERE k.method = org.helpdesk.shared.CryptoMethod.SMIME "
        + "AND k.authority = TRUE ORDER BY k.id")
@NamedQuery(name = "MailKey.toWarnAbout", query = "SELECT k FROM MailKey k WHERE k.notAfter < :limit AND k.expiryWarnedAt IS NULL "
        + "AND (k.secretData IS NOT NULL OR k.authority = TRUE) ORDER BY k.notAfter")
public class MailKey extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private CryptoMethod method;

    /** A certificate authority the desk trusts (S/MIME): certificates it issued are trusted signers. */
    @Column(nullable = false)
    private boolean authority;

    @Column(nullable = false, length = 200)
    private String fingerprint;

    /** The certificate's subject, or the PGP key's user ids. */
    @Column(nullable = false, length = 1000)
    private String subject;

    @Column(length = 1000)
    private String issuer;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "mail_key_address", joinColumns = @JoinColumn(name = "key_id"))
    @Column(name = "address", nullable = false, length = 250)
    private Set<String> addresses = new LinkedHashSet<>();

    @Column(name = "not_before")
    private Instant notBefore;

    /** When it expires; none for a PGP key that never does. */
    @Column(name = "not_after")
    private Instant notAfter;

    /** The certificate (PEM) or the public key (armoured). */
    @Column(name = "public_data", nullable = false)
    private String publicData;

    /** The private key (PKCS#8) or the secret key ring (armoured), sealed. */
    @Column(name = "secret_data")
    private String secretData;

    /** The PGP secret key's passphrase, sealed (named so that the audit log never shows it). */
    @Column(name = "passphrase", length = 1000)
    private String passphraseSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** How long before a key expires the administrators are told, and the list marks it. */
    public static final Duration EXPIRES_SOON = Duration.ofDays(30);

    /** Where a key stands with its expiry. */
    public enum Expiry {
        NEVER, VALID, SOON, EXPIRED
    }

    /** When the administrators were told that it expires soon; null: not yet. */
    @Column(name = "expiry_warned_at")
    private Instant expiryWarnedAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    protected MailKey() {
    }

    MailKey(KeyImport.ImportedKey key, String sealedSecret, String sealedPassphrase, Instant at, String by) {
        this.method = key.method();
        this.authority = key.authority();
        this.fingerprint = key.fingerprint();
        this.subject = cut(key.subject());
        this.issuer = key.issuer() == null ? null : cut(key.issuer());
        this.addresses.addAll(key.addresses());
        this.notBefore = key.notBefore();
        this.notAfter = key.notAfter();
        this.publicData = key.publicData();
        this.secretData = sealedSecret;
        this.passphraseSecret = sealedPassphrase;
        this.createdAt = at;
        this.createdBy = by;
    }

    private static String cut(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** The same key imported again: what it says of itself now (a PGP key's new expiry, subkeys or revocation). */
    void refresh(KeyImport.ImportedKey key) {
        this.subject = cut(key.subject());
        this.addresses.clear();
        this.addresses.addAll(key.addresses());
        this.notBefore = key.notBefore();
        this.notAfter = key.notAfter();
        this.publicData = key.publicData();
        this.expiryWarnedAt = null;
    }

    /** Adds the private part to a key the desk already had without it. */
    void addSecret(String sealedSecret, String sealedPassphrase) {
        this.secretData = sealedSecret;
        this.passphraseSecret = sealedPassphrase;
    }

    /** Where the key stands at {@code now}: expired, expiring within {@link #EXPIRES_SOON}, valid, or never expiring. */
    public Expiry expiry(Instant now) {
        if (notAfter == null) {
            return Expiry.NEVER;
        }
        return notAfter.isBefore(now) ? Expiry.EXPIRED : notAfter.isBefore(now.plus(EXPIRES_SOON)) ? Expiry.SOON : Expiry.VALID;
    }

    /** Notes that the administrators were told that it expires soon (told once). */
    public void expiryWarned(Instant at) {
        this.expiryWarnedAt = at;
    }

    public boolean hasSecret() {
        return secretData != null;
    }

    public boolean isExpired(Instant now) {
        return notAfter != null && notAfter.isBefore(now);
    }

    public CryptoMethod getMethod() {
        return method;
    }

    public boolean isAuthority() {
        return authority;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getSubject() {
        return subject;
    }

    public String getIssuer() {
        return issuer;
    }

    public Set<String> getAddresses() {
        return addresses;
    }

    public Instant getNotBefore() {
        return notBefore;
    }

    public Instant getNotAfter() {
        return notAfter;
    }

    public String getPublicData() {
        return publicData;
    }

    String getSecretData() {
        return secretData;
    }

    String getPassphrase() {
        return passphraseSecret;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
