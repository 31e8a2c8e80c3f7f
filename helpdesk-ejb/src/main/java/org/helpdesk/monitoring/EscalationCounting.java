package org.helpdesk.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.helpdesk.shared.Counters;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.TicketChanged;

/** Counts escalations (the history entries of that type) for {@code helpdesk_escalations_total}, as they are written. */
@ApplicationScoped
public class EscalationCounting {

    @Inject
    Counters counters;

    void counted(@Observes(during = TransactionPhase.IN_PROGRESS) TicketChanged changed) {
        if (changed.change().getType() == HistoryType.ESCALATION) {
            counters.increment("escalations");
        }
    }
}
