package org.helpdesk.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.Stamp;

/** One change to a ticket: what kind, a short description, who and when. Never changed afterwards. */
@Entity
@Table(name = "ticket_history")
@NamedQuery(name = "HistoryEntry.toNotify", query = "SELECT h.id FROM HistoryEntry h WHERE h.notified = FALSE ORDER BY h.id")
@NamedQuery(name = "HistoryEntry.ofTicket",
        query = "SELECT h FROM HistoryEntry h WHERE h.ticket.id = :ticket ORDER BY h.createdAt, h.id")
public class HistoryEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(name = "history_type", nullable = false, length = 40)
    private HistoryType type;

    @Column(length = 1000)
    private String detail;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    /** The channel the change came through when it was not a screen ({@link Stamp#API}), else null. */
    @Column(length = 20)
    private String via;

    /**
     * Whether the notification sweep has handled this entry (see the notification package); an entry that
     * cannot be an event ({@link HistoryType#mayNotify}) is written handled.
     */
    @Column(nullable = false)
    private boolean notified;

    protected HistoryEntry() {
    }

    HistoryEntry(Ticket ticket, HistoryType type, String detail, Stamp stamp) {
        this.ticket = ticket;
        this.type = type;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        this.createdAt = stamp.at();
        this.createdBy = stamp.by();
        this.via = stamp.via();
        this.notified = !type.mayNotify(stamp.at().equals(ticket.getCreatedAt()));
    }

    public String getVia() {
        return via;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public HistoryType getType() {
        return type;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public boolean isNotified() {
        return notified;
    }

    public void markNotified() {
        notified = true;
    }
}
