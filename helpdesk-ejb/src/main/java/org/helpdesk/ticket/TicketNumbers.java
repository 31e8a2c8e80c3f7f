package org.helpdesk.ticket;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.DeskSettings;

/** Draws ticket numbers from the locked counter row, inside the caller's transaction. */
@ApplicationScoped
public class TicketNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeskSettings settings;

    public String next() {
        TicketCounter counter = em.find(TicketCounter.class, TicketCounter.ID, LockModeType.PESSIMISTIC_WRITE);
        return counter.nextNumber(LocalDate.now(clock.withZone(settings.timeZone())), settings.systemId());
    }
}
