package org.helpdesk.queue;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.ValidationException;

/** Queues: the administrator sets them up; agents see those their groups allow. */
@Stateless
@RolesAllowed("agent")
@Interceptors(ConcurrencyGuard.class)
public class QueueService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @RolesAllowed("admin")
    public Queue createQueue(String name, Long groupId, int tier, FollowUpPolicy followUpPolicy) {
        agents.requireAdmin(agents.current(context));
        String trimmed = ValidationException.requireText("name", name, 200);
        if (!em.createNamedQuery("Queue.byName", Queue.class).setParameter("name", trimmed).getResultList().isEmpty()) {
            throw new ValidationException("name", "validation.taken", trimmed);
        }
        if (tier < 1 || tier > 9) {
            throw new ValidationException("tier", "validation.range", 1, 9);
        }
        AgentGroup group = lookup.reference(AgentGroup.class, groupId, "groupId");
        Queue queue = new Queue(trimmed, group, tier);
        queue.setFollowUpPolicy(followUpPolicy == null ? FollowUpPolicy.POSSIBLE : followUpPolicy);
        em.persist(queue);
        return queue;
    }

    /** Offers the queue to customers in the portal, or not. */
    @RolesAllowed("admin")
    public Queue setCustomerVisible(long queueId, long version, boolean visible) {
        agents.requireAdmin(agents.current(context));
        Queue queue = lookup.require(Queue.class, queueId);
        queue.checkVersion(version);
        queue.setCustomerVisible(visible);
        return queue;
    }

    /** Sets what a customer's answer to a closed ticket of this queue does. */
    @RolesAllowed("admin")
    public Queue setFollowUpPolicy(long queueId, long version, FollowUpPolicy policy) {
        agents.requireAdmin(agents.current(context));
        Queue queue = lookup.require(Queue.class, queueId);
        queue.checkVersion(version);
        queue.setFollowUpPolicy(policy == null ? FollowUpPolicy.POSSIBLE : policy);
        return queue;
    }

    /** The valid queues in which the calling agent holds {@code permission}, by tier and name. */
    public List<Queue> queuesWith(Permission permission) {
        Agent agent = agents.current(context);
        return em.createNamedQuery("Queue.valid", Queue.class).getResultStream()
                .filter(q -> agent.holds(q.getGroup(), permission)).toList();
    }

    public Queue byName(String name) {
        Agent agent = agents.current(context);
        Queue queue = em.createNamedQuery("Queue.byName", Queue.class).setParameter("name", name).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("Queue", name));
        agents.require(agent, queue, Permission.RO);
        return queue;
    }
}
