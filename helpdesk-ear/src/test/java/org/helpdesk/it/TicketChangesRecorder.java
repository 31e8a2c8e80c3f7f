package org.helpdesk.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.TicketChanged;

/** Observes the core's {@link TicketChanged} events, as reports and web hooks will: what each ticket announced, in order. */
@ApplicationScoped
public class TicketChangesRecorder {

    private final Map<Long, List<HistoryType>> announced = new ConcurrentHashMap<>();

    void on(@Observes TicketChanged changed) {
        announced.computeIfAbsent(changed.ticket().getId(), id -> new ArrayList<>()).add(changed.change().getType());
    }

    public List<HistoryType> of(long ticketId) {
        return List.copyOf(announced.getOrDefault(ticketId, List.of()));
    }
}
