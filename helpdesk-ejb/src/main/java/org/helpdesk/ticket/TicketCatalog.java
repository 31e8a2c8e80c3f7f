package org.helpdesk.ticket;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.NotFoundException;

/** The valid ticket states and types and the priorities, for forms and for the services' callers. */
@Stateless
@RolesAllowed({ "agent", "customer" })
public class TicketCatalog {

    @PersistenceContext
    EntityManager em;

    public List<TicketState> states() {
        return em.createQuery("SELECT s FROM TicketState s WHERE s.valid = TRUE ORDER BY s.id", TicketState.class)
                .getResultList();
    }

    public List<TicketType> types() {
        return em.createQuery("SELECT t FROM TicketType t WHERE t.valid = TRUE ORDER BY t.id", TicketType.class)
                .getResultList();
    }

    /** All five priorities, valid or not, by level: their names label tickets that carry them. */
    public List<TicketPriority> priorities() {
        return em.createQuery("SELECT p FROM TicketPriority p ORDER BY p.level", TicketPriority.class).getResultList();
    }

    public TicketState state(String name) {
        return em.createNamedQuery("TicketState.byName", TicketState.class).setParameter("name", name)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("TicketState", name));
    }

    public TicketType type(String name) {
        return em.createNamedQuery("TicketType.byName", TicketType.class).setParameter("name", name)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("TicketType", name));
    }
}
