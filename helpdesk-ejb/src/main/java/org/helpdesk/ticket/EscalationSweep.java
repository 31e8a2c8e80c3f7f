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
 * Runs the escalation sweep every minute. The timer is persistent and kept in the database, so on
 * a cluster one node runs it.
 */
@Singleton
@DependsOn("Migrations") // its timer may fire while the schema is still being migrated at the first start
public class EscalationSweep {

    @EJB
    EscalationService escalations;

    @Inject
    Clock clock;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "escalation sweep")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void sweep() {
        escalations.sweep(clock.instant());
    }
}
