package org.helpdesk.faq;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;
import org.helpdesk.ticket.Ticket;

/** A FAQ article an agent linked to a ticket it answers (or that the article was written from). */
@Entity
@Table(name = "faq_ticket_link")
public class FaqTicketLink extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "faq_item_id", nullable = false)
    private FaqItem item;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "linked_by", nullable = false, length = 200)
    private String linkedBy;

    protected FaqTicketLink() {
    }

    FaqTicketLink(FaqItem item, Ticket ticket, String by, Instant at) {
        this.item = item;
        this.ticket = ticket;
        this.linkedBy = by;
        this.linkedAt = at;
    }
}
