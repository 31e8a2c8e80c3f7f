package org.helpdesk.faq;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * A customer opened a FAQ article the new-ticket form suggested. When the customer submits a ticket
 * soon after, the ticket is noted here; when none follows, the article deflected the ticket.
 */
@Entity
@Table(name = "faq_suggestion_open")
public class SuggestionOpened extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "faq_item_id", nullable = false)
    private FaqItem item;

    @Column(name = "customer_id", nullable = false)
    private long customerId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    /** The ticket the customer submitted after all, or null. */
    @Column(name = "ticket_id")
    private Long ticketId;

    protected SuggestionOpened() {
    }

    SuggestionOpened(FaqItem item, long customerId, Instant at) {
        this.item = item;
        this.customerId = customerId;
        this.openedAt = at;
    }
}
