package org.helpdesk.notification;

import java.time.Clock;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Runs the notification sweep every few seconds on every node (locks keep each event to one). */
@Singleton
@DependsOn("Migrations") // its timer may fire while the schema is still being migrated at the first start
public class NotificationSweep {

    @EJB
    NotificationService notifications;

    @Inject
    Clock clock;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        notifications.sweep(clock.instant());
    }
}
