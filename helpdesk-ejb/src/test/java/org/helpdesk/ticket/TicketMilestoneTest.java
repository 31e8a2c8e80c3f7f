package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;

/** The ticket writes a milestone for each moment the reports count, with the target and the business time of the moment. */
class TicketMilestoneTest {

    private final ServiceCalendar lima = new ServiceCalendar("Lima", "America/Lima", "mon-fri 09:00-18:00", "12-25 Navidad");
    private final Queue n1 = new Queue("N1", new AgentGroup("soporte"), 1);
    private final Queue n2 = new Queue("N2", new AgentGroup("consultoria"), 2);
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

    private static Stamp at(Instant at) {
        return new Stamp("ana", at);
    }

    private static List<MilestoneKind> kinds(Ticket ticket) {
        return ticket.getReachedMilestones().stream().map(Milestone::getKind).toList();
    }

    private static Milestone last(Ticket ticket) {
        List<Milestone> reached = ticket.getReachedMilestones();
        return reached.get(reached.size() - 1);
    }

    @Test
    void theFirstAnswerCountsBusinessMinutesAcrossTheWeekendAgainstItsTarget() {
        Ticket ticket = ticketAt(friday5pm);
        assertEquals(List.of(MilestoneKind.OPENED), kinds(ticket), "the customer's own first message answers nothing");
        Instant due = ticket.getFirstResponseDue();
        Instant mondayTen = Instant.parse("2026-11-30T15:00:00Z");
        ticket.addArticle(NewArticle.reply("Re: Sin correo", "Lo revisamos."), at(mondayTen));

        Milestone answer = last(ticket);
        assertEquals(MilestoneKind.FIRST_RESPONSE, answer.getKind());
        assertEquals(120L, answer.getBusinessMinutes(), "Friday 17-18 and Monday 9-10");
        assertEquals(due, answer.getDueAt());
        assertTrue(answer.getMet(), "answered on the due minute");
        assertTrue(answer.isOpenAfter());
    }

    @Test
    void anAnswerToAWaitingCustomerIsAnUpdateAndNotesAndRepeatedAnswersAreNothing() {
        Instant mondayNine = Instant.parse("2026-11-30T14:00:00Z");
        Ticket ticket = ticketAt(mondayNine);
        ticket.addArticle(NewArticle.reply("Re", "Lo revisamos."), at(mondayNine.plus(Duration.ofMinutes(10))));
        ticket.addArticle(NewArticle.reply("Re", "Otra cosa."), at(mondayNine.plus(Duration.ofMinutes(20))));
        ticket.addArticle(NewArticle.note("Nota", "interna"), at(mondayNine.plus(Duration.ofMinutes(25))));
        ticket.addArticle(NewArticle.phoneFromCustomer("Sigue", "Sigue igual."), at(mondayNine.plus(Duration.ofMinutes(30))));
        Instant updateDue = ticket.getUpdateDue();
        ticket.addArticle(NewArticle.reply("Re", "Ya está."), at(mondayNine.plus(Duration.ofHours(6))));

        assertEquals(List.of(MilestoneKind.OPENED, MilestoneKind.FIRST_RESPONSE, MilestoneKind.UPDATE), kinds(ticket));
        Milestone update = last(ticket);
        assertEquals(330L, update.getBusinessMinutes(), "from the customer's message at 09:30 to 15:00");
        assertEquals(updateDue, update.getDueAt());
        assertFalse(update.getMet(), "240 minutes was the target");
    }

    @Test
    void pendingTimeIsLeftOutOfTheSolutionTimeAndClosingAndReopeningAreCounted() {
        Instant mondayNine = Instant.parse("2026-11-30T14:00:00Z");
        Ticket ticket = ticketAt(mondayNine);
        ticket.setPending(pending, Instant.parse("2026-12-30T14:00:00Z"), at(mondayNine.plus(Duration.ofHours(1))));
        ticket.changeState(open, at(mondayNine.plus(Duration.ofHours(3))));
        Instant solutionDue = ticket.getSolutionDue();
        ticket.close(closed, at(mondayNine.plus(Duration.ofHours(5))));

        Milestone closing = last(ticket);
        assertEquals(MilestoneKind.CLOSED, closing.getKind());
        assertEquals(180L, closing.getBusinessMinutes(), "five hours less two pending");
        assertEquals(solutionDue, closing.getDueAt());
        assertTrue(closing.getMet());
        assertFalse(closing.isOpenAfter());

        ticket.changeState(open, at(mondayNine.plus(Duration.ofHours(6))));
        assertEquals(MilestoneKind.REOPENED, last(ticket).getKind());
        assertTrue(last(ticket).isOpenAfter());
    }

    @Test
    void aMoveKeepsTheTierItCameFromAndABreachIsAnEscalation() {
        Ticket ticket = ticketAt(Instant.parse("2026-11-30T14:00:00Z"));
        Instant breach = ticket.getEscalationAt();
        ticket.raiseEscalations(breach);
        assertEquals(MilestoneKind.ESCALATED, last(ticket).getKind());

        ticket.moveTo(n2, at(breach.plusSeconds(60)));
        Milestone move = last(ticket);
        assertEquals(MilestoneKind.MOVED, move.getKind());
        assertEquals(1, move.getPreviousTier());
        assertEquals(2, move.getTier());
        assertNull(move.getDueAt());
        assertNull(move.getBusinessMinutes());
    }
}
