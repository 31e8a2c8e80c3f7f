package org.helpdesk.mail.inbound;

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

import org.helpdesk.mail.mime.MailParser;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.ticket.Ticket;

/**
 * The record of one received message, stored in the transaction that handled it. Its unique
 * Message-ID is what makes fetching exactly-once: a message seen before is never handled again.
 * A quarantined message keeps its raw source so that an administrator can download and reprocess it.
 */
@Entity
@Table(name = "mail_inbound")
@NamedQuery(name = "InboundMail.byMessageId", query = "SELECT m FROM InboundMail m WHERE m.messageId = :messageId")
@NamedQuery(name = "InboundMail.byMessageIds", query = "SELECT m.messageId, m.status FROM InboundMail m WHERE m.messageId IN :messageIds")
@NamedQuery(name = "InboundMail.byStatus",
        query = "SELECT m FROM InboundMail m WHERE m.status IN :statuses ORDER BY m.receivedAt DESC, m.id DESC")
@NamedQuery(name = "InboundMail.countByStatus", query = "SELECT COUNT(m) FROM InboundMail m WHERE m.status IN :statuses")
public class InboundMail extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "message_id", nullable = false, length = 500)
    private String messageId;

    @ManyToOne
    @JoinColumn(name = "account_id")
    private MailAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InboundStatus status;

    @Column(name = "from_address", length = 500)
    private String from;

    @Column(length = 500)
    private String subject;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(length = 1000)
    private String reason;

    @ManyToOne
    @JoinColumn(name = "ticket_id")
    private Ticket ticket;

    /**
     * Read only when asked for. On a stored mail whose source was not read yet, reading or assigning
     * it reads the whole row again (EclipseLink's fetch groups) and undoes changes not yet written:
     * the methods below assign it before anything else.
     */
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "raw_source")
    private byte[] raw;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundMail() {
    }

    public InboundMail(String messageId, MailAccount account, String from, String subject, long size, Instant receivedAt) {
        this.messageId = cut(messageId, 500);
        this.account = account;
        this.from = cut(from, 500);
        this.subject = cut(subject, 500);
        this.size = size;
        this.receivedAt = receivedAt;
    }

    /** The message became (part of) this ticket. */
    public void handled(InboundStatus status, Ticket ticket) {
        this.raw = null;
        this.status = status;
        this.ticket = ticket;
        this.reason = null;
    }

    /** A filter told to ignore it. */
    public void ignored(String filterName) {
        this.status = InboundStatus.IGNORED;
        this.reason = cut(filterName, 1000);
    }

    /**
     * Kept aside with its raw source, for an administrator to look at. A sender or subject not
     * known yet (the message did not parse) is taken from the source's headers when readable.
     */
    public void quarantine(String why, byte[] source) {
        this.raw = source.clone();
        this.status = InboundStatus.QUARANTINED;
        this.reason = cut(why, 1000);
        if (from == null || subject == null) {
            MailParser.Heading heading = MailParser.headingOf(source);
            this.from = from != null ? from : cut(heading.from(), 500);
            this.subject = subject != null ? subject : cut(heading.subject(), 500);
        }
    }

    /** Too large to fetch: left in the mailbox, recorded here. */
    public void tooLarge(long limitBytes) {
        this.status = InboundStatus.TOO_LARGE;
        this.reason = "size " + size + " bytes > limit " + limitBytes + " bytes";
    }

    /** The text, shortened to {@code max} characters for its column. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public String getMessageId() {
        return messageId;
    }

    public MailAccount getAccount() {
        return account;
    }

    public InboundStatus getStatus() {
        return status;
    }

    public String getFrom() {
        return from;
    }

    public String getSubject() {
        return subject;
    }

    public long getSize() {
        return size;
    }

    public String getReason() {
        return reason;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public byte[] getRaw() {
        return raw == null ? null : raw.clone();
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
