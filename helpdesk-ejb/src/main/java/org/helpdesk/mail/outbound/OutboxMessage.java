package org.helpdesk.mail.outbound;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;
import org.helpdesk.ticket.Article;

/**
 * An e-mail waiting to be delivered, or delivered. Failed attempts are retried with growing
 * pauses (1, 2, 4... minutes, at most an hour) up to {@value #MAX_ATTEMPTS} times; a permanent
 * refusal (SMTP 5xx) is not retried.
 */
@Entity
@Table(name = "mail_outbox")
@NamedQuery(name = "OutboxMessage.due", query = "SELECT m.id FROM OutboxMessage m WHERE m.status = :pending "
        + "AND m.nextAttemptAt <= :now ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = "OutboxMessage.autoResponsesSince",
        query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.autoResponseTo = :to AND m.createdAt >= :since")
@NamedQuery(name = "OutboxMessage.resume", query = "UPDATE OutboxMessage m SET m.nextAttemptAt = :now WHERE m.status = :pending "
        + "AND (LOWER(m.from) = :sender OR LOWER(m.from) LIKE :named) AND m.nextAttemptAt > :now")
@NamedQuery(name = "OutboxMessage.countByStatus", query = "SELECT COUNT(m) FROM OutboxMessage m WHERE m.status = :status")
@NamedQuery(name = "OutboxMessage.byStatus",
        query = "SELECT m FROM OutboxMessage m WHERE m.status = :status ORDER BY m.createdAt DESC, m.id DESC")
public class OutboxMessage extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public static final int MAX_ATTEMPTS = 10;
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

    /** Read only when asked for: delivering the message needs none of the article and its ticket. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    private Article article;

    /** The sender: the queue's system address; none: the mail server's default sender. */
    @Column(name = "from_address", length = 500)
    private String from;

    @Column(name = "to_addresses", nullable = false, length = 2000)
    private String to;

    @Column(nullable = false, length = 500)
    private String subject;

    @Column(name = "body_plain", nullable = false)
    private String body;

    @Column(name = "message_id", nullable = false, length = 500)
    private String messageId;

    @Column(name = "in_reply_to", length = 500)
    private String inReplyTo;

    @Column(name = "message_references")
    private String references;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Set for auto-responses: who got it, to count them per recipient (loop protection). */
    /**
     * A signed or encrypted message as built in the transaction that queued it: delivered byte for byte (a
     * signature covers exactly these bytes; encryption is for the keys of that moment). Read only to deliver.
     */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "raw_message")
    private byte[] raw;

    @Column(name = "auto_response_to", length = 250)
    private String autoResponseTo;

    protected OutboxMessage() {
    }

    public OutboxMessage(Article article, String to, String subject, String body, String messageId, String inReplyTo,
            String references, Instant now) {
        this.article = article;
        this.to = to;
        this.subject = subject;
        this.body = body;
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.references = references;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** Sends the message from this address ({@code "Name" <address>}) instead of the default sender. */
    public OutboxMessage from(String sender) {
        this.from = sender;
        return this;
    }

    public String getFrom() {
        return from;
    }

    /** Keeps the message as built, signed and/or encrypted, to be delivered exactly so. */
    public void secured(byte[] message) {
        this.raw = message.clone();
    }

    /** The message as built when it was queued (signed or encrypted ones); null: built at delivery. */
    public byte[] getRaw() {
        return raw == null ? null : raw.clone();
    }

    /** Marks the message as sent by Helpdesk by itself ({@code Auto-Submitted: auto-replied}). */
    public OutboxMessage asAutoResponse() {
        this.autoResponseTo = to.length() > 250 ? to.substring(0, 250) : to;
        return this;
    }

    /** An administrator asks for a failed message to be tried again, from the start. */
    void retry(Instant now) {
        status = OutboxStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public void delivered(Instant now) {
        status = OutboxStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * Records a failed attempt and schedules the next one, or gives up: after the last attempt, or at
     * once when the refusal is permanent (an SMTP 5xx reply).
     */
    public void failed(String error, boolean permanent, Instant now) {
        attempts++;
        lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (permanent || attempts >= MAX_ATTEMPTS) {
            status = OutboxStatus.FAILED;
        } else {
            Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 6));
            nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
        }
    }

    public boolean isPending() {
        return status == OutboxStatus.PENDING;
    }

    public Article getArticle() {
        return article;
    }

    public String getTo() {
        return to;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getInReplyTo() {
        return inReplyTo;
    }

    public String getReferences() {
        return references;
    }

    public OutboxStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public boolean isAutoResponse() {
        return autoResponseTo != null;
    }
}
