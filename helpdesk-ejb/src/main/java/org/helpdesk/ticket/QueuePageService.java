package org.helpdesk.ticket;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.Grants;
import org.helpdesk.agent.Permission;

/**
 * The queue view's frame as one read: the agent and their permissions are read once, the queues
 * once for the tree and the bulk action's targets, then the open counts and the states, in a
 * fixed number of queries (projections: no queue entities and nothing they refer to).
 */
@Stateless
@RolesAllowed("agent")
public class QueuePageService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    QueueOverview overview;

    public QueuePage page() {
        Grants grants = agents.grants(agents.current(context));
        List<Object[]> valid = overview.valid();
        return new QueuePage(overview.of(grants, valid), overview.with(grants, Permission.MOVE_INTO, valid),
                TicketZoomService.settableStates(em));
    }
}
