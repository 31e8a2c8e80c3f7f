package org.helpdesk.ticket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Tells whoever listens (the agents' dashboards, through the web socket) that tickets changed, once
 * the change is committed: so screens reload when there is something new instead of polling.
 */
@ApplicationScoped
public class TicketBoard {

    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void listen(Runnable listener) {
        listeners.add(listener);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketChanged changed) {
        listeners.forEach(Runnable::run);
    }
}
