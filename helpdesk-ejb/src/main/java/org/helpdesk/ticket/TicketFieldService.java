package org.helpdesk.ticket;

import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.Permission;
import org.helpdesk.field.DynamicField;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;

/** The dynamic field values of a ticket, for agents who may see it (changed through {@link TicketService#changeFields}). */
@Stateless
@RolesAllowed("agent")
@Interceptors(ConcurrencyGuard.class)
public class TicketFieldService {

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    FieldValues values;

    /** The ticket's values, by field, for an agent who may see the ticket. */
    public Map<DynamicField, List<FieldValue>> values(long ticketId) {
        Agent agent = agents.current(context);
        Ticket ticket = lookup.require(Ticket.class, ticketId);
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RO, "Ticket", ticketId);
        return values.of(ticket);
    }

    /** The ticket's values as form input, for the zoom's edit form. */
    public Map<Long, List<String>> input(long ticketId) {
        Agent agent = agents.current(context);
        Ticket ticket = lookup.require(Ticket.class, ticketId);
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RO, "Ticket", ticketId);
        return values.input(ticket);
    }
}
