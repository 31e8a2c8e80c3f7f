package org.helpdesk.api.webhook;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * One call of a web hook for one event, written in the event's transaction (so nothing is called for a change
 * that did not commit, and nothing committed is forgotten) and sent afterwards. A failed call is retried with
 * growing pauses (1, 2, 4 … 60 minutes) up to {@value #ATTEMPTS} times; then it stays FAILED in the delivery
 * log until an admin sends it again. The payload is the one written when the event happened; the web hook's
 * mapping is applied to it when it is sent.
 */
@Entity
@Table(name = "api_webhook_delivery")
@NamedQuery(name = "WebhookDelivery.due", query = "SELECT d.id FROM WebhookDelivery d WHERE d.status = :pending "
        + "AND d.nextAttemptAt <= :now ORDER BY d.nextAttemptAt, d.id")
public class WebhookDelivery extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** How many times a delivery is tried before it is left FAILED. */
    public static final int ATTEMPTS = 8;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "webhook_id")
    private Webhook webhook;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private WebhookEvent event;

    @Column(name = "ticket_id")
    private Long ticketId;

    @Column(name = "ticket_number", length = 50)
    private String ticketNumber;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    protected WebhookDelivery() {
    }

    WebhookDelivery(Webhook webhook, WebhookEvent event, Long ticketId, String ticketNumber, String payload, Instant now) {
        this.webhook = webhook;
        this.event = event;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.payload = payload;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    boolean isPending() {
        return status == Status.PENDING;
    }

    /** Whether it is pending and its next attempt is due at {@code now}. */
    boolean isDue(Instant now) {
        return isPending() && !nextAttemptAt.isAfter(now);
    }

    /** An attempt that can never succeed (a disabled web hook, a payload its mapping cannot map): failed now. */
    void failedForGood(String error) {
        attempts++;
        status = Status.FAILED;
        lastStatus = null;
        lastError = cut(error);
    }

    void delivered(int httpStatus, Instant now) {
        attempts++;
        status = Status.DELIVERED;
        lastStatus = httpStatus;
        lastError = null;
        deliveredAt = now;
    }

    /** A failed attempt: the next one after a growing pause, or none after the last. */
    void failed(Integer httpStatus, String error, Instant now) {
        attempts++;
        lastStatus = httpStatus;
        lastError = cut(error);
        if (attempts >= ATTEMPTS) {
            status = Status.FAILED;
        } else {
            Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 6));
            nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
        }
    }

    /** An admin sends a failed delivery again, from the start. */
    void retry(Instant now) {
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private static String cut(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    public Webhook getWebhook() {
        return webhook;
    }

    public WebhookEvent getEvent() {
        return event;
    }

    public Long getTicketId() {
        return ticketId;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getPayload() {
        return payload;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }
}
