package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.Stamp;
import org.helpdesk.shared.ValidationException;
import org.junit.jupiter.api.Test;

class TicketTest {

    private final AgentGroup support = new AgentGroup("soporte");
    private final Queue n1 = new Queue("Soporte Técnico (N1)", support, 1);
    private final Queue n2 = new Queue("Consultoría TI (N2)", new AgentGroup("consultoria"), 2);
    private final TicketState newState = new TicketState("new", StateType.NEW);
    private final TicketState open = new TicketState("open", StateType.OPEN);
    private final TicketState closed = new TicketState("closed successful", StateType.CLOSED);
    private final TicketState pending = new TicketState("pending reminder", StateType.PENDING_REMINDER);
    private final TicketState merged = new TicketState("merged", StateType.MERGED);
    private final TicketType incident = new TicketType("Incident");
    private final CustomerCompany net7 = new CustomerCompany("NET7", "NET7 Perú S.A.C.");
    private final CustomerUser customer = new CustomerUser("lucia", "lucia@net7.pe", "Lucía", "Ramos", net7);
    private final Agent ana = new Agent("ana", "Ana", "Quispe", "ana@desk.pe");
    private final Agent bruno = new Agent("bruno", "Bruno", "Díaz", "bruno@desk.pe");
    private final Instant now = Instant.parse("2026-11-26T15:00:00Z");
    private final Stamp byAna = new Stamp("ana", now);

    private Ticket newTicket() {
        return Ticket.register("2026112610000015", "No hay internet", n1, newState, 2, incident, customer,
                NewArticle.phoneFromCustomer("No hay internet", "Desde las 9 no hay conexión en la oficina."), byAna);
    }

    @Test
    void registrationRecordsEverythingAndTheFirstArticle() {
        Ticket ticket = newTicket();
        assertEquals("2026112610000015", ticket.getNumber());
        assertSame(net7, ticket.getCompany());
        assertEquals(now, ticket.getCreatedAt());
        assertEquals("ana", ticket.getChangedBy());
        List<HistoryType> history = ticket.getRecordedHistory().stream().map(HistoryEntry::getType).toList();
        assertEquals(List.of(HistoryType.NEW_TICKET, HistoryType.PHONE_CALL_CUSTOMER), history);
    }

    @Test
    void priorityMustBeOneToFive() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> Ticket.register("1", "t", n1, newState, 6, incident, customer, NewArticle.note("s", "b"), byAna));
        assertTrue(e.hasErrorOn("priority"));
        Ticket ticket = newTicket();
        assertThrows(ValidationException.class, () -> ticket.changePriority(0, "prueba", byAna));
        ticket.changePriority(5, "prueba", byAna);
        assertEquals(5, ticket.getPriority());
    }

    @Test
    void aNewTicketCannotStartClosedOrPending() {
        assertThrows(ValidationException.class,
                () -> Ticket.register("1", "t", n1, closed, 3, incident, customer, NewArticle.note("s", "b"), byAna));
        assertThrows(ValidationException.class,
                () -> Ticket.register("1", "t", n1, pending, 3, incident, customer, NewArticle.note("s", "b"), byAna));
    }

    @Test
    void movingRecordsBothQueuesAndRefusesTheSameQueue() {
        Ticket ticket = newTicket();
        ticket.moveTo(n2, byAna);
        assertSame(n2, ticket.getQueue());
        HistoryEntry move = last(ticket);
        assertEquals(HistoryType.MOVE, move.getType());
        assertEquals("Soporte Técnico (N1) → Consultoría TI (N2)", move.getDetail());
        assertThrows(RuleViolationException.class, () -> ticket.moveTo(n2, byAna));
    }

    @Test
    void closingNeedsAClosedStateAndUnlocks() {
        Ticket ticket = newTicket();
        ticket.lock(ana, byAna);
        assertThrows(ValidationException.class, () -> ticket.close(open, byAna));
        ticket.close(closed, byAna);
        assertSame(closed, ticket.getState());
        assertFalse(ticket.isLocked());
        // a closed ticket can be reopened
        ticket.changeState(open, byAna);
        assertSame(open, ticket.getState());
    }

    @Test
    void pendingNeedsAFutureTimeAndAPendingState() {
        Ticket ticket = newTicket();
        assertThrows(ValidationException.class, () -> ticket.changeState(pending, byAna));
        assertThrows(ValidationException.class, () -> ticket.setPending(open, now.plusSeconds(3600), byAna));
        ValidationException past = assertThrows(ValidationException.class, () -> ticket.setPending(pending, now, byAna));
        assertTrue(past.hasErrorOn("pendingUntil"));
        ticket.setPending(pending, now.plusSeconds(3600), byAna);
        assertEquals(now.plusSeconds(3600), ticket.getPendingUntil());
        ticket.changeState(open, byAna);
        assertNull(ticket.getPendingUntil());
    }

    @Test
    void lockingMakesTheAgentOwnerAndKeepsOthersOut() {
        Ticket ticket = newTicket();
        ticket.lock(ana, byAna);
        assertSame(ana, ticket.getOwner());
        assertTrue(ticket.isLockedByOther(bruno));
        assertFalse(ticket.isLockedByOther(ana));
        assertThrows(RuleViolationException.class, () -> ticket.lock(bruno, new Stamp("bruno", now)));
        ticket.unlock(byAna);
        ticket.lock(bruno, new Stamp("bruno", now));
        assertSame(bruno, ticket.getOwner());
    }

    @Test
    void anAnswerMakesTheAgentOwnerOfAnUnlockedTicketAndLocksIt() {
        Ticket ticket = newTicket();
        ticket.assignOwner(bruno, byAna); // owned, but not locked: free for whoever answers
        ticket.addArticle(NewArticle.reply("Re: No hay internet", "Reinicie el router."), byAna);
        ticket.takeForAnswer(ana, byAna);
        assertSame(ana, ticket.getOwner());
        assertTrue(ticket.isLocked());
        assertTrue(ticket.isLockedByOther(bruno));
        List<HistoryType> history = ticket.getRecordedHistory().stream().map(HistoryEntry::getType).toList();
        assertEquals(List.of(HistoryType.OWNER_UPDATE, HistoryType.SEND_ANSWER, HistoryType.OWNER_UPDATE, HistoryType.LOCK),
                history.subList(2, history.size()));
    }

    @Test
    void anAnswerLeavesALockedOrClosedTicketAsItIs() {
        Ticket locked = newTicket();
        locked.lock(ana, byAna);
        int entries = locked.getRecordedHistory().size();
        locked.takeForAnswer(ana, byAna);
        assertEquals(entries, locked.getRecordedHistory().size());

        Ticket done = newTicket();
        done.close(closed, byAna);
        done.takeForAnswer(ana, byAna);
        assertFalse(done.isLocked());
        assertNull(done.getOwner());
    }

    @Test
    void movingUnlocksTheTicketForTheAgentsOfTheNewQueue() {
        Ticket ticket = newTicket();
        ticket.lock(ana, byAna);
        ticket.moveTo(n2, byAna);
        assertFalse(ticket.isLocked());
        assertFalse(ticket.isLockedByOther(bruno));
        assertSame(ana, ticket.getOwner(), "the owner stays");
        assertEquals(HistoryType.UNLOCK, last(ticket).getType());
        // an unlocked ticket moves without an unlock entry
        ticket.moveTo(n1, byAna);
        assertEquals(HistoryType.MOVE, last(ticket).getType());
    }

    @Test
    void mergedTicketsAreFinal() {
        Ticket source = newTicket();
        Ticket target = Ticket.register("2026112610000023", "Sin red", n1, newState, 2, incident, customer,
                NewArticle.note("s", "b"), byAna);
        assertThrows(RuleViolationException.class, () -> source.mergeInto(source, merged, byAna));
        assertThrows(RuleViolationException.class, () -> source.changeState(merged, byAna));
        source.mergeInto(target, merged, byAna);
        assertSame(target, source.getMergedInto());
        assertEquals(HistoryType.MERGED, last(target).getType());
        assertThrows(RuleViolationException.class, () -> source.changeState(open, byAna));
        assertThrows(RuleViolationException.class, () -> source.addArticle(NewArticle.note("s", "b"), byAna));
        assertThrows(RuleViolationException.class, () -> target.mergeInto(source, merged, byAna));
    }

    @Test
    void articlesAreRecordedByKind() {
        Ticket ticket = newTicket();
        ticket.addArticle(NewArticle.note("Nota", "Revisar router"), byAna);
        assertEquals(HistoryType.ADD_NOTE, last(ticket).getType());
        ticket.addArticle(NewArticle.reply("Respuesta", "Reinicie el router"), byAna);
        assertEquals(HistoryType.SEND_ANSWER, last(ticket).getType());
    }

    @Test
    void unchangedValuesWriteNoHistory() {
        Ticket ticket = newTicket();
        int before = ticket.getRecordedHistory().size();
        ticket.changePriority(2, "prueba", byAna);
        ticket.changeType(incident, byAna);
        ticket.assignOwner(null, byAna);
        assertEquals(before, ticket.getRecordedHistory().size());
    }

    private static HistoryEntry last(Ticket ticket) {
        List<HistoryEntry> history = ticket.getRecordedHistory();
        return history.get(history.size() - 1);
    }
}
