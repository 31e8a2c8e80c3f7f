package org.helpdesk.agent;

import java.util.Optional;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.PermissionDeniedException;

/** Finds agents and answers what the calling agent may do. Used by the services, inside their transaction. */
@ApplicationScoped
public class AgentDirectory {

    @PersistenceContext
    EntityManager em;

    public Optional<Agent> byLogin(String login) {
        return em.createNamedQuery("Agent.byLogin", Agent.class).setParameter("login", login)
                .getResultStream().findFirst();
    }

    /** The valid agent behind the current call. */
    public Agent current(EJBContext context) {
        String login = context.getCallerPrincipal().getName();
        return byLogin(login).filter(Agent::isValid)
                .orElseThrow(() -> new PermissionDeniedException("agent", login));
    }

    /** Refuses unless {@code agent} holds {@code needed} on the queue's group. */
    public void require(Agent agent, GroupGuarded queue, Permission needed) {
        if (!agent.holds(queue.getGroup(), needed)) {
            throw new PermissionDeniedException(needed.name().toLowerCase(), queue.getName());
        }
    }

    /**
     * Refuses an action on an object in the queue (a ticket, an attachment) unless {@code agent} holds
     * {@code needed} on the queue's group. An agent who may not even see the queue's tickets gets
     * the same "not found" as for an object that does not exist, so ids tell nothing; one who sees
     * it but lacks {@code needed} is told so.
     */
    public void requireOrNotFound(Agent agent, GroupGuarded queue, Permission needed, String what, Object id) {
        if (!agent.holds(queue.getGroup(), needed) && !agent.holds(queue.getGroup(), Permission.RO)) {
            throw new NotFoundException(what, id);
        }
        require(agent, queue, needed);
    }

    public void requireAdmin(Agent agent) {
        if (!agent.isAdmin()) {
            throw new PermissionDeniedException(Permission.RW.name().toLowerCase(), AgentGroup.ADMIN);
        }
    }
}
