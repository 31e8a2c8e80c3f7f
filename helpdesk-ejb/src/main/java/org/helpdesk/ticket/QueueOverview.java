package org.helpdesk.ticket;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Grants;
import org.helpdesk.agent.Permission;
import org.helpdesk.ticket.TicketZoom.Choice;

/**
 * The valid queues as the agent's screens list them, read as projections (id, name, tier, group):
 * no queue entities, so none of their calendars, signatures or addresses are loaded with them.
 */
@ApplicationScoped
class QueueOverview {

    @PersistenceContext
    EntityManager em;

    @Inject
    OpenTicketCounts counts;

    /** The queues the agent may see, each with its number of tickets still being worked on: two queries. */
    List<QueueCount> of(Grants grants) {
        return of(grants, valid());
    }

    /** The same from the valid queues as {@link #valid()} read them, with the shared {@link OpenTicketCounts}. */
    List<QueueCount> of(Grants grants, List<Object[]> valid) {
        Set<Long> groups = grants.groupsWith(Permission.RO);
        OpenTicketCounts.Snapshot open = counts.snapshot();
        return valid.stream().filter(q -> groups.contains((Long) q[3]))
                .map(q -> new QueueCount((Long) q[0], (String) q[1], (Integer) q[2], open.inQueue((Long) q[0])))
                .toList();
    }

    /** The valid queues on whose group the agent holds {@code permission}, in the queues' order: one query. */
    List<Choice> with(Grants grants, Permission permission) {
        return with(grants, permission, valid());
    }

    /** The same from the valid queues as {@link #valid()} read them: no query. */
    List<Choice> with(Grants grants, Permission permission, List<Object[]> valid) {
        return valid.stream().filter(q -> grants.holds((Long) q[3], permission))
                .map(q -> new Choice((Long) q[0], (String) q[1])).toList();
    }

    /** The valid queues as rows of id, name, tier and group id, in the queues' order. */
    List<Object[]> valid() {
        return em.createQuery("SELECT q.id, q.name, q.tier, q.group.id FROM Queue q WHERE q.valid = TRUE ORDER BY q.tier, q.name",
                Object[].class).getResultList();
    }
}
