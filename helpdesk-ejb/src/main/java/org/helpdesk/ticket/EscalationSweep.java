package org.helpdesk.ticket;

import java.time.Clock;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Runs the escalation sweep every minute, on every server: each ticket is raised under its lock (see
 * {@link EscalationService#escalate}), so two servers never raise its events twice. The timer is not
 * persistent: a missed minute needs no catching up (the next sweep raises everything past due), and persistent
 * timers created together at deployment deadlocked on MariaDB's timer table.
 */
@Singleton
@DependsOn("Migrations") // its timer may fire while the schema is still being migrated at the first start
public class EscalationSweep {

    @EJB
    EscalationService escalations;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = false, info = "escalation sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        escalations.sweep(clock.instant());
    }
}
