package org.helpdesk.web.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;

import org.helpdesk.notification.NotificationBroadcaster;

/**
 * Pushes "your bell changed" to the agent's open pages over the Faces web socket ({@code bell}
 * channel) as soon as new notifications are committed; the page then reloads the count.
 */
@ApplicationScoped
public class BellPush {

    @Inject
    @Push(channel = "bell")
    PushContext bell;

    @Inject
    NotificationBroadcaster broadcaster;

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        broadcaster.listen(login -> bell.send("refresh", login));
    }
}
