package org.helpdesk.ticket;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The state the workflow moves a ticket to by itself: the first valid state of a type ("new", "open", "merged"). */
@ApplicationScoped
public class TicketStates {

    @PersistenceContext
    EntityManager em;

    public TicketState ofType(StateType type) {
        return em.createNamedQuery("TicketState.firstOfType", TicketState.class).setParameter("type", type)
                .setMaxResults(1).getSingleResult();
    }
}
