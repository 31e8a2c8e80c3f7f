package org.helpdesk.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Tells listeners (the web module's live push) which agents got new notifications, once the
 * transaction that made them has committed. The web module registers itself here: events of
 * this module do not reach observers in the web module.
 */
@ApplicationScoped
public class NotificationBroadcaster {

    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();

    public void listen(Consumer<String> listener) {
        listeners.add(listener);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) AgentsNotified event) {
        for (String login : event.logins()) {
            listeners.forEach(listener -> listener.accept(login));
        }
    }
}
