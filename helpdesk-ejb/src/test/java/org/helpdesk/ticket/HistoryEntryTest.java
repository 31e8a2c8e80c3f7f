package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.notification.NotificationEvent;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.Stamp;
import org.junit.jupiter.api.Test;

class HistoryEntryTest {

    private final Instant now = Instant.parse("2026-12-07T15:00:00Z");

    @Test
    void anEntryIsWrittenAsNotifiedExactlyWhenNoNotificationCanBeSentForIt() {
        CustomerUser customer = new CustomerUser("lucia", "lucia@net7.pe", "Lucía", "Ramos", new CustomerCompany("NET7", "NET7"));
        Ticket ticket = Ticket.register("2026120710000015", "No hay internet", new Queue("N1", new AgentGroup("soporte"), 1),
                new TicketState("new", StateType.NEW), 2, new TicketType("Incident"), customer,
                NewArticle.phoneFromCustomer("No hay internet", "Sin conexión."), new Stamp("ana", now));
        // at the ticket's creation (a customer's first message is no follow-up) and later
        for (Stamp stamp : List.of(new Stamp("ana", now), new Stamp("ana", now.plusSeconds(60)))) {
            for (HistoryType type : HistoryType.values()) {
                HistoryEntry entry = new HistoryEntry(ticket, type, "detail", stamp);
                // the sweep only reads the entries not yet notified: none that could be an event may be born notified
                assertEquals(NotificationEvent.of(entry) != null, !entry.isNotified(), type + " at " + stamp.at());
            }
        }
        assertEquals(List.of(false, true), ticket.getRecordedHistory().stream().map(HistoryEntry::isNotified).toList(),
                "a new ticket waits for the sweep, its first message from the customer does not");
    }
}
