package org.helpdesk.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.Stamp;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.Sla;

/**
 * The one way a ticket comes into being, whoever opens it — an agent, a customer in the portal, a
 * mail, a customer's follow-up to a closed ticket — in the caller's transaction: it takes the next
 * number, registers the ticket with its first article, classifies it, stores its field values,
 * routes it by priority, and announces it ({@link TicketCreated}), so that mail, auto-responses and
 * notifications follow. The caller has checked who may open it and what was typed.
 */
@ApplicationScoped
public class TicketOpening {

    @PersistenceContext
    EntityManager em;

    @Inject
    TicketNumbers numbers;

    @Inject
    FieldValues fieldValues;

    @Inject
    Escalations escalations;

    @Inject
    Event<TicketCreated> created;

    @Inject
    TicketChanges changes;

    /** What a new ticket starts with; {@code service}, {@code sla} and {@code fields} may be null. */
    public record Opening(String title, Queue queue, TicketState state, int priority, TicketType type, CustomerUser customer,
            NewArticle firstArticle, ItService service, Sla sla, FieldValues.Checked fields, Arrival arrival) {
    }

    public Ticket open(Opening opening, Stamp stamp) {
        Ticket ticket = Ticket.register(numbers.next(), opening.title(), opening.queue(), opening.state(), opening.priority(),
                opening.type(), opening.customer(), opening.firstArticle(), stamp);
        if (opening.service() != null || opening.sla() != null) {
            ticket.classify(opening.service(), opening.sla(), stamp);
        }
        em.persist(ticket);
        if (opening.fields() != null) {
            fieldValues.add(ticket, opening.fields());
        }
        escalations.routeByPriority(ticket, stamp);
        created.fire(new TicketCreated(ticket, ticket.getFirstArticle(), opening.arrival()));
        return changes.announce(ticket);
    }
}
