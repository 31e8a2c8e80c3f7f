package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.Stamp;
import org.helpdesk.sla.ServiceCalendar;
import org.helpdesk.sla.ServiceTargets;
import org.helpdesk.sla.Sla;
import org.junit.jupiter.api.Test;

/** The ticket keeps its due times with OTRS semantics as it changes (the arithmetic is in BusinessCalendarTest). */
class TicketEscalationTest {

    private final ServiceCalendar lima = new ServiceCalendar("Lima", "America/Lima", "mon-fri 09:00-18:00", "12-25 Navidad");
    private final Queue n1 = new Queue("N1", new AgentGroup("soporte"), 1);
    private final TicketState newState = new TicketState("new", StateType.NEW);
    private final TicketState open = new TicketState("open", StateType.OPEN);
    private final TicketState pending = new TicketState("pending reminder", StateType.PENDING_REMINDER);
    private final TicketState closed = new TicketState("closed successful", StateType.CLOSED);
    private final CustomerUser customer = new CustomerUser("lucia", "lucia@net7.pe", "Lucía", "Ramos", null);
    // Friday 2026-11-27 17:00 in Lima (UTC-5)
    private final Instant friday5pm = Instant.parse("2026-11-27T22:00:00Z");

    {
        n1.setEscalation(lima, new ServiceTargets(120, 240, 1080, 80));
    }

    private Ticket ticketAt(Instant at) {
        return Ticket.register("2026112710000011", "Sin correo", n1, newState, 2, new TicketType("Incident"), customer,
                NewArticle.phoneFromCustomer("Sin correo", "No llega el correo."), new Stamp("ana", at));
    }

    @Test
    void targetsCountBusinessHoursAcrossTheWeekend() {
        Ticket ticket = ticketAt(friday5pm);
        // one business hour on Friday, the second on Monday 09:00-10:00
        assertEquals(Instant.parse("2026-11-30T15:00:00Z"), ticket.getFirstResponseDue());
        assertEquals(ticket.getFirstResponseDue(), ticket.getEscalationAt());
        // 80 % of 120 minutes = 96: Friday's 60 and 36 on Monday
        assertEquals(Instant.parse("2026-11-30T14:36:00Z"), ticket.getEscalationWarningAt());
        assertEquals(ticket.getEscalationWarningAt(), ticket.getEscalationEventAt());
    }

    @Test
    void theFirstAnswerClearsTheFirstResponseTargetAndTheUpdateClockWaitsForTheCustomer() {
        Ticket ticket = ticketAt(friday5pm);
        Instant answered = friday5pm.plus(Duration.ofMinutes(30));
        ticket.addArticle(NewArticle.reply("Re: Sin correo", "Lo revisamos."), new Stamp("ana", answered));
        assertNull(ticket.getFirstResponseDue());
        assertNull(ticket.getUpdateDue(), "the agent had the last word");
        assertEquals(ticket.getSolutionDue(), ticket.getEscalationAt());

        Instant customerWrites = Instant.parse("2026-11-30T14:00:00Z"); // Monday 09:00 Lima
        ticket.addArticle(NewArticle.phoneFromCustomer("Sigue igual", "Sigue sin llegar."), new Stamp("lucia", customerWrites));
        assertEquals(customerWrites.plus(Duration.ofMinutes(240)), ticket.getUpdateDue());
    }

    @Test
    void pendingStopsTheClocksAndTheTimeSpentPendingDoesNotCount() {
        Ticket ticket = ticketAt(Instant.parse("2026-11-30T14:00:00Z")); // Monday 09:00 Lima
        Instant due = ticket.getFirstResponseDue();
        ticket.setPending(pending, Instant.parse("2026-12-30T14:00:00Z"), new Stamp("ana", Instant.parse("2026-11-30T14:30:00Z")));
        assertNull(ticket.getEscalationAt(), "no due time while pending");
        assertNull(ticket.getEscalationEventAt());
        ticket.changeState(open, new Stamp("ana", Instant.parse("2026-11-30T15:30:00Z")));
        assertEquals(due.plus(Duration.ofHours(1)), ticket.getFirstResponseDue(), "the pending hour is added");
    }

    @Test
    void eachCrossingIsRaisedOnceAndClosingClearsEverything() {
        Ticket ticket = ticketAt(Instant.parse("2026-11-30T14:00:00Z"));
        Instant warning = ticket.getEscalationWarningAt();
        Instant breach = ticket.getEscalationAt();
        assertEquals(List.of(), ticket.raiseEscalations(warning.minusSeconds(1)));
        assertEquals(List.of(EscalationEvent.WARNING), ticket.raiseEscalations(warning));
        assertEquals(List.of(), ticket.raiseEscalations(warning.plusSeconds(30)));
        assertEquals(breach, ticket.getEscalationEventAt());
        assertEquals(List.of(EscalationEvent.BREACH), ticket.raiseEscalations(breach.plusSeconds(5)));
        assertEquals(List.of(), ticket.raiseEscalations(breach.plus(Duration.ofDays(3))));
        assertTrue(ticket.getRecordedHistory().stream().filter(h -> h.getType() == HistoryType.ESCALATION).count() == 1);

        ticket.changeState(closed, new Stamp("ana", breach.plus(Duration.ofHours(1))));
        assertNull(ticket.getEscalationAt());
        assertNull(ticket.getEscalationEventAt());
    }

    @Test
    void anSlasTargetsWinOverTheQueues() {
        Sla gold = new Sla("Oro");
        gold.setEscalation(null, new ServiceTargets(15, null, null, 0));
        Ticket ticket = ticketAt(friday5pm);
        ticket.classify(null, gold, new Stamp("ana", friday5pm));
        assertEquals(friday5pm.plus(Duration.ofMinutes(15)), ticket.getFirstResponseDue(), "24x7 without a calendar");
        assertNull(ticket.getSolutionDue());
        assertNull(ticket.getEscalationWarningAt());
    }
}
