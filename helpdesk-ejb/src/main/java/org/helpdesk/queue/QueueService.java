package org.helpdesk.queue;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.CalendarService;
import org.helpdesk.sla.ServiceCalendar;
import org.helpdesk.sla.ServiceTargets;
import org.helpdesk.template.Signature;

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

    @Inject
    BeanValidation validation;

    @Inject
    Event<QueueCreated> created;

    /** Sets the queue's business calendar and escalation targets (see {@link ServiceTargets#of}). */
    @RolesAllowed("admin")
    @Interceptors(AuditTrail.class)
    public Queue setEscalation(long queueId, long version, Long calendarId, ServiceTargets targets) {
        agents.requireAdmin(agents.current(context));
        Queue queue = lookup.require(Queue.class, queueId);
        queue.checkVersion(version);
        queue.setEscalation(lookup.optionalReference(ServiceCalendar.class, calendarId, "calendarId"), targets);
        return queue;
    }

    /** A page of all queues, valid or not, whose name contains {@code text} (all when blank), by tier and name. */
    @RolesAllowed("admin")
    public Page<Queue> queues(String text, int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.search(em, Queue.class, "e.tier, e.name", text, List.of("e.name"), first, pageSize);
    }

    /**
     * Creates ({@code id} null; with the standard auto-responses) or changes a queue. Queues are never
     * deleted: one that is no longer wanted is made invalid, which keeps its tickets and history and
     * takes it off every choice list.
     */
    @RolesAllowed("admin")
    @Interceptors(AuditTrail.class)
    public Queue saveQueue(QueueForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        String name = form.name().trim();
        if (em.createNamedQuery("Queue.byName", Queue.class).setParameter("name", name).getResultStream()
                .anyMatch(other -> !other.getId().equals(form.id()))) {
            throw new ValidationException("name", "validation.taken", name);
        }
        AgentGroup group = lookup.reference(AgentGroup.class, form.groupId(), "groupId");
        SystemAddress address = lookup.optionalReference(SystemAddress.class, form.systemAddressId(), "systemAddressId");
        Signature signature = lookup.optionalReference(Signature.class, form.signatureId(), "signatureId");
        Queue queue;
        if (form.isNew()) {
            queue = new Queue(name, group, form.tier());
            em.persist(queue);
        } else {
            queue = lookup.require(Queue.class, form.id());
            queue.checkVersion(form.version());
        }
        queue.change(name, group, form.tier(), form.followUpPolicy(), form.unknownSenderPolicy(), address, signature, form.customerVisible(),
                form.comments() == null || form.comments().isBlank() ? null : form.comments().trim(), form.valid());
        queue.setSignMethod(form.signMethod());
        if (form.isNew()) {
            created.fire(new QueueCreated(queue));
        }
        return queue;
    }

    @RolesAllowed("admin")
    public Queue queue(long queueId) {
        agents.requireAdmin(agents.current(context));
        return lookup.require(Queue.class, queueId);
    }

    /** Every valid queue, by tier and name: the administrator's choice list. */
    @RolesAllowed("admin")
    @Interceptors(AuditTrail.class)
    public List<Queue> allQueues() {
        agents.requireAdmin(agents.current(context));
        return em.createNamedQuery("Queue.valid", Queue.class).getResultList();
    }

    /** The valid queues in which the calling agent holds {@code permission}, by tier and name. */
    public List<Queue> queuesWith(Permission permission) {
        Agent agent = agents.current(context);
        return em.createNamedQuery("Queue.valid", Queue.class).getResultStream()
                .filter(q -> agent.holds(q.getGroup(), permission)).toList();
    }

    /** The ids of the calling agent's "my queues" (see {@link Agent#getMyQueues}). */
    public Set<Long> myQueues() {
        return agents.current(context).getMyQueues();
    }

    /** Makes these queues the calling agent's "my queues"; a queue the agent may not read is refused. */
    public void chooseMyQueues(Set<Long> queueIds) {
        Agent agent = agents.current(context);
        for (Long queueId : queueIds) {
            agents.require(agent, lookup.require(Queue.class, queueId), Permission.RO);
        }
        agent.chooseMyQueues(queueIds);
    }

    public Queue byName(String name) {
        Agent agent = agents.current(context);
        Queue queue = em.createNamedQuery("Queue.byName", Queue.class).setParameter("name", name).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("Queue", name));
        agents.require(agent, queue, Permission.RO);
        return queue;
    }
}
