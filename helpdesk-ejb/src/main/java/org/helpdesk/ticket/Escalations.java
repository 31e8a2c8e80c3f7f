package org.helpdesk.ticket;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.shared.Stamp;

/**
 * Applies the escalation rules to a ticket, in the caller's transaction: the priority rules when a
 * ticket is created or its priority changes, the warning and breach rules when the sweep raises
 * those events. Rules run in their order; a ticket moved by one is matched by the next against its
 * new queue.
 */
@ApplicationScoped
public class Escalations {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<EscalationRaised> raised;

    @Inject
    TicketChanges changes;

    /** Routes a ticket by its priority (the requirements' "priorities 3 to 5 go to the consultants"). */
    public void routeByPriority(Ticket ticket, Stamp stamp) {
        apply(EscalationTrigger.PRIORITY, ticket, stamp);
    }

    /** Raises the ticket's due escalation events and applies their rules. */
    public List<EscalationEvent> escalate(Ticket ticket, Instant now) {
        List<EscalationEvent> events = ticket.raiseEscalations(now);
        Stamp system = new Stamp(Stamp.SYSTEM, now);
        for (EscalationEvent event : events) {
            apply(EscalationTrigger.of(event), ticket, system);
        }
        changes.announce(ticket);
        return events;
    }

    private void apply(EscalationTrigger trigger, Ticket ticket, Stamp stamp) {
        // the rules do not depend on the ticket's unwritten changes: no flush for this query (a new ticket is not
        // inserted here and then updated when a rule moves it)
        List<EscalationRule> rules = em.createNamedQuery("EscalationRule.valid", EscalationRule.class)
                .setParameter("trigger", trigger).setFlushMode(FlushModeType.COMMIT).getResultList();
        Set<Agent> told = new LinkedHashSet<>();
        for (EscalationRule rule : rules) {
            if (!rule.appliesTo(ticket) || ticket.getState().getType().isFinished()) {
                continue;
            }
            if (rule.getSetPriority() != null) {
                ticket.changePriority(rule.getSetPriority(), rule.getName(), stamp);
            }
            if (rule.getResponsible() != null && rule.getResponsible().isValid()) {
                ticket.assignResponsible(rule.getResponsible(), stamp);
            }
            if (rule.getMoveTo() != null && rule.getMoveTo().isValid() && !rule.getMoveTo().equals(ticket.getQueue())) {
                ticket.moveTo(rule.getMoveTo(), stamp);
            }
            if (rule.isNotifyOwner() && ticket.getOwner() != null && ticket.getOwner().isValid()) {
                told.add(ticket.getOwner());
            }
            if (rule.getNotifyGroup() != null) {
                told.addAll(em.createNamedQuery("Agent.holding", Agent.class).setParameter("group", rule.getNotifyGroup())
                        .setParameter("permissions", Set.of(Permission.values())).getResultList());
            }
        }
        if (trigger != EscalationTrigger.PRIORITY && !told.isEmpty()) {
            raised.fire(new EscalationRaised(ticket, trigger, told));
        }
    }
}
