package org.helpdesk.web.notification;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import org.helpdesk.notification.NotificationBroadcaster;

/**
 * Pushes "your bell changed" to the agent's open pages over the Faces web socket ({@code bell}
 * channel) once new notifications are committed; the page then reloads the count. Pushes are
 * gathered for {@link #QUIET_SECONDS}: however many tickets arrive meanwhile (a new ticket tells
 * every agent of its queue), each agent gets one push, and the notifying transaction does not wait
 * for the sockets.
 */
@ApplicationScoped
public class BellPush {

    static final int QUIET_SECONDS = 1;

    @Inject
    @Push(channel = "bell")
    PushContext bell;

    @Inject
    NotificationBroadcaster broadcaster;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        broadcaster.listen(this::notified);
    }

    private void notified(String login) {
        pending.add(login);
        if (scheduled.compareAndSet(false, true)) {
            scheduler.schedule(this::push, QUIET_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void push() {
        scheduled.set(false);
        for (Iterator<String> logins = pending.iterator(); logins.hasNext();) {
            String login = logins.next();
            logins.remove();
            bell.send("refresh", login);
        }
    }
}
