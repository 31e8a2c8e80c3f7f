package org.helpdesk.web.dashboard;

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

import org.helpdesk.ticket.TicketBoard;

/**
 * Pushes "tickets changed" to the open dashboards over the Faces web socket ({@code dashboard}
 * channel), at most once every {@link #QUIET_SECONDS} seconds however many tickets change: each
 * dashboard then reloads its lists and counts once.
 */
@ApplicationScoped
public class DashboardPush {

    static final int QUIET_SECONDS = 2;

    @Inject
    @Push(channel = "dashboard")
    PushContext dashboard;

    @Inject
    TicketBoard board;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final AtomicBoolean pending = new AtomicBoolean();

    void start(@Observes @Initialized(ApplicationScoped.class) Object application) {
        board.listen(this::changed);
    }

    private void changed() {
        if (pending.compareAndSet(false, true)) {
            scheduler.schedule(() -> {
                pending.set(false);
                dashboard.send("refresh");
            }, QUIET_SECONDS, TimeUnit.SECONDS);
        }
    }
}
