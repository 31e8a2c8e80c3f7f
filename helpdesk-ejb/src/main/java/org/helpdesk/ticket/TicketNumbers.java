package org.helpdesk.ticket;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.DeskSettings;

/**
 * Draws ticket numbers from the locked counter row, in a transaction of its own: the row is locked only
 * while a number is drawn, not while the ticket is written, so tickets are created side by side instead of
 * one after another (BENCHMARKS.md, generic interface). A ticket whose transaction rolls back leaves its
 * number unused, a gap in the day's numbers, as in OTRS; no number is ever given twice.
 */
@Stateless
@PermitAll
public class TicketNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeskSettings settings;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String next() {
        TicketCounter counter = em.find(TicketCounter.class, TicketCounter.ID, LockModeType.PESSIMISTIC_WRITE);
        return counter.nextNumber(LocalDate.now(clock.withZone(settings.timeZone())), settings.systemId());
    }
}
