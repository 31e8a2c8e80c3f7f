package org.helpdesk.ticket;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.ValidationException;

/**
 * Bulk actions on selected tickets, as in OTRS: each change on each ticket goes through the same
 * single-ticket action (with its permission, lock and rule checks, in a transaction of its own),
 * so one refused ticket does not stop the others, and the result says which ones were refused and
 * why.
 */
@Stateless
@RolesAllowed("agent")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TicketBulkService {

    /** At most this many tickets in one bulk action. */
    public static final int MAX_TICKETS = 200;

    @EJB
    TicketService tickets;

    public BulkResult apply(List<Long> ticketIds, BulkChange change) {
        if (ticketIds == null || ticketIds.isEmpty()) {
            throw new ValidationException("tickets", "validation.required");
        }
        if (ticketIds.size() > MAX_TICKETS) {
            throw new ValidationException("tickets", "validation.tooMany", MAX_TICKETS);
        }
        List<String> changed = new ArrayList<>();
        List<BulkResult.Failure> failures = new ArrayList<>();
        for (Long id : ticketIds) {
            String number = String.valueOf(id);
            try {
                Ticket ticket = tickets.get(id);
                number = ticket.getNumber();
                applyTo(ticket, change);
                changed.add(number);
            } catch (HelpdeskException e) {
                failures.add(new BulkResult.Failure(number, e));
            }
        }
        return new BulkResult(changed, failures);
    }

    /**
     * Lock first, then the changes in the ticket's current queue, then the move (which unlocks: the
     * lock is taken again in the new queue), and unlock last.
     */
    private void applyTo(Ticket ticket, BulkChange change) {
        long id = ticket.getId();
        if (Boolean.TRUE.equals(change.lock())) {
            ticket = tickets.lock(id, ticket.getVersion());
        }
        if (change.priority() != null) {
            ticket = tickets.changePriority(id, ticket.getVersion(), change.priority(),
                    Messages.format(Messages.DEFAULT_LOCALE, "bulk.reason"));
        }
        if (change.ownerId() != null) {
            ticket = tickets.setOwner(id, ticket.getVersion(), change.ownerId());
        }
        if (change.stateId() != null) {
            ticket = tickets.changeState(id, ticket.getVersion(), change.stateId());
        }
        if (change.queueId() != null && !change.queueId().equals(ticket.getQueue().getId())) {
            ticket = tickets.move(id, ticket.getVersion(), change.queueId());
            if (Boolean.TRUE.equals(change.lock())) {
                ticket = tickets.lock(id, ticket.getVersion());
            }
        }
        if (Boolean.FALSE.equals(change.lock())) {
            tickets.unlock(id, ticket.getVersion());
        }
    }
}
