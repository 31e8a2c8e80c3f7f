package org.helpdesk.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * A single-use, expiring secret sent by e-mail to confirm a registration or to reset a password.
 * Only its SHA-256 hash is stored, so a copy of the database opens no account.
 */
@Entity
@Table(name = "customer_token")
@NamedQuery(name = "CustomerToken.byHash", query = "SELECT t FROM CustomerToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "CustomerToken.ofCustomer", query = "SELECT t FROM CustomerToken t WHERE t.customer = :customer")
public class CustomerToken extends BaseEntity {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a token is for, and how long it lasts. */
    public enum Purpose {
        ACTIVATION(Duration.ofDays(2)), PASSWORD_RESET(Duration.ofHours(1));

        private final Duration lifetime;

        Purpose(Duration lifetime) {
            this.lifetime = lifetime;
        }

        public Duration lifetime() {
            return lifetime;
        }
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private CustomerUser customer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Purpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 100)
    private String tokenHash;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CustomerToken() {
    }

    private CustomerToken(CustomerUser customer, Purpose purpose, String tokenHash, Instant now) {
        this.customer = customer;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.lifetime());
    }

    /** A new token and the secret to send: the secret itself is not kept. */
    public static Issued issue(CustomerUser customer, Purpose purpose, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(new CustomerToken(customer, purpose, hash(secret), now), secret);
    }

    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the token may still be used for {@code wanted}. */
    public boolean isUsableFor(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    public void use(Instant now) {
        usedAt = now;
    }

    public CustomerUser getCustomer() {
        return customer;
    }

    /** A token just issued, with its secret for the e-mail. */
    public record Issued(CustomerToken token, String secret) {
    }
}
