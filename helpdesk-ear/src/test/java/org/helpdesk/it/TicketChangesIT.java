package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.QUEUE_N2;
import static org.helpdesk.it.Fixtures.STATE_CLOSED_SUCCESSFUL;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every change a ticket records in its history is announced once, in order, as a TicketChanged event. */
@ExtendWith(ArquillianExtension.class)
class TicketChangesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @Inject
    Fixtures fixtures;

    @Inject
    TicketChangesRecorder recorder;

    @Test
    void everyHistoryEntryIsAnnouncedOnceInOrder() {
        Agent tier1 = fixtures.agent("cambios1", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.MOVE_INTO)));
        Agent tier2 = fixtures.agent("cambios2", Map.of(CONSULTING_GROUP, Set.of(Permission.RW), SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();

        Ticket created = As.agent(tier1.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 2)));
        long id = created.getId();
        As.agent(tier1.getLogin(), () -> tickets.addArticle(id, created.getVersion(), NewArticle.note("Revisión", "Se reinició el equipo.")));
        Ticket moved = As.agent(tier1.getLogin(), () -> tickets.move(id, tickets.get(id).getVersion(), QUEUE_N2));
        Ticket prioritized = As.agent(tier2.getLogin(), () -> tickets.changePriority(id, moved.getVersion(), 4, "afecta a toda la oficina"));
        Ticket owned = As.agent(tier2.getLogin(), () -> tickets.setOwner(id, prioritized.getVersion(), tier2.getId()));
        As.agent(tier2.getLogin(), () -> tickets.close(id, owned.getVersion(), STATE_CLOSED_SUCCESSFUL,
                NewArticle.note("Solución", "Se cambió el cable de red.")));

        List<HistoryType> history = As.agent(tier2.getLogin(), () -> tickets.history(id)).stream().map(HistoryEntry::getType).toList();
        assertTrue(history.containsAll(List.of(HistoryType.NEW_TICKET, HistoryType.ADD_NOTE, HistoryType.MOVE,
                HistoryType.PRIORITY_UPDATE, HistoryType.OWNER_UPDATE, HistoryType.STATE_UPDATE)), history.toString());
        assertEquals(history, recorder.of(id));
    }
}
