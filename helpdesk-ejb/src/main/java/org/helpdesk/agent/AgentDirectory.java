package org.helpdesk.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /**
     * What the agent may do, by group, read in two queries whatever the number of groups and roles
     * (asking {@link Agent#holds} loads each group on its own), with the same answers.
     */
    public Grants grants(Agent agent) {
        if (!agent.isValid()) {
            return new Grants(Map.of());
        }
        List<Map.Entry<Long, Permission>> held = new ArrayList<>();
        em.createQuery("SELECT p.group.id, p.permission FROM Agent a JOIN a.permissions p WHERE a.id = :agent", Object[].class)
                .setParameter("agent", agent.getId()).getResultStream()
                .forEach(p -> held.add(Map.entry((Long) p[0], (Permission) p[1])));
        em.createQuery("SELECT p.group.id, p.permission FROM Agent a JOIN a.roles r JOIN r.permissions p "
                + "WHERE a.id = :agent AND r.valid = TRUE", Object[].class).setParameter("agent", agent.getId())
                .getResultStream().forEach(p -> held.add(Map.entry((Long) p[0], (Permission) p[1])));
        return Grants.of(held);
    }

    /**
     * The permissions the agent holds on the groups of these names, directly or through a valid role, by group
     * name, in two queries (what a login's roles come from; asking {@link Agent#isAdmin} loads every group).
     */
    public Map<String, Set<Permission>> on(Agent agent, Set<String> groupNames) {
        Map<String, Set<Permission>> held = new java.util.HashMap<>();
        if (!agent.isValid()) {
            return held;
        }
        em.createQuery("SELECT g.name, p.permission FROM Agent a JOIN a.permissions p JOIN p.group g WHERE a.id = :agent "
                + "AND g.name IN :names", Object[].class).setParameter("agent", agent.getId()).setParameter("names", groupNames)
                .getResultStream().forEach(p -> held.computeIfAbsent((String) p[0], k -> java.util.EnumSet.noneOf(Permission.class))
                        .add((Permission) p[1]));
        em.createQuery("SELECT g.name, p.permission FROM Agent a JOIN a.roles r JOIN r.permissions p JOIN p.group g "
                + "WHERE a.id = :agent AND r.valid = TRUE AND g.name IN :names", Object[].class).setParameter("agent", agent.getId())
                .setParameter("names", groupNames).getResultStream()
                .forEach(p -> held.computeIfAbsent((String) p[0], k -> java.util.EnumSet.noneOf(Permission.class)).add((Permission) p[1]));
        return held;
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

    /** Refuses unless {@code agent} holds {@code needed} on the group named {@code groupName}. */
    public void require(Agent agent, String groupName, Permission needed) {
        if (!agent.holds(groupName, needed)) {
            throw new PermissionDeniedException(needed.name().toLowerCase(), groupName);
        }
    }

    public void requireAdmin(Agent agent) {
        if (!agent.isAdmin()) {
            throw new PermissionDeniedException(Permission.RW.name().toLowerCase(), AgentGroup.ADMIN);
        }
    }
}
