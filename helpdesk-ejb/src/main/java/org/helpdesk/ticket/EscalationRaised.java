package org.helpdesk.ticket;

import java.util.Set;

import org.helpdesk.agent.Agent;

/**
 * An escalation rule fired for a due warning or breach of a ticket's target, naming the agents its
 * rules say to tell. Fired inside the escalating transaction.
 */
public record EscalationRaised(Ticket ticket, EscalationTrigger trigger, Set<Agent> toTell) {

    public EscalationRaised {
        toTell = Set.copyOf(toTell);
    }
}
