package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.Stamp;
import org.helpdesk.shared.ValidationException;
import org.junit.jupiter.api.Test;

class TicketConditionTest {

    private final Queue n1 = new Queue("Soporte Técnico (N1)", new AgentGroup("soporte"), 1);
    private final Queue n2 = new Queue("Consultoría TI (N2)", new AgentGroup("consultoria"), 2);
    private final TicketType incident = new TicketType("Incident");
    private final TicketType problem = new TicketType("Problem");
    private final CustomerUser customer = new CustomerUser("lucia", "lucia@net7.pe", "Lucía", "Ramos",
            new CustomerCompany("NET7", "NET7 Perú S.A.C."));
    private final Stamp byAna = new Stamp("ana", Instant.parse("2026-11-26T15:00:00Z"));

    private Ticket ticket(Queue queue, int priority, TicketType type) {
        return Ticket.register("2026112610000015", "No hay internet", queue, new TicketState("new", StateType.NEW), priority,
                type, customer, NewArticle.note("No hay internet", "Desde las 9."), byAna);
    }

    @Test
    void anEmptyConditionMatchesEveryTicket() {
        assertTrue(TicketCondition.any().matches(ticket(n1, 1, incident)));
        assertTrue(TicketCondition.any().matches(ticket(n2, 5, problem)));
    }

    @Test
    void aQueueMatchesOnlyItsTickets() {
        TicketCondition inN1 = new TicketCondition(n1, null, null, null);
        assertTrue(inN1.matches(ticket(n1, 3, incident)));
        assertFalse(inN1.matches(ticket(n2, 3, incident)));
    }

    @Test
    void thePriorityRangeIncludesItsBounds() {
        TicketCondition threeToFour = new TicketCondition(null, 3, 4, null);
        assertFalse(threeToFour.matches(ticket(n1, 2, incident)));
        assertTrue(threeToFour.matches(ticket(n1, 3, incident)));
        assertTrue(threeToFour.matches(ticket(n1, 4, incident)));
        assertFalse(threeToFour.matches(ticket(n1, 5, incident)));
        assertTrue(new TicketCondition(null, 3, null, null).matches(ticket(n1, 5, incident)), "no upper bound");
        assertTrue(new TicketCondition(null, null, 2, null).matches(ticket(n1, 1, incident)), "no lower bound");
        assertFalse(new TicketCondition(null, null, 2, null).matches(ticket(n1, 3, incident)));
    }

    @Test
    void aTypeMatchesOnlyItsTickets() {
        TicketCondition problems = new TicketCondition(null, null, null, problem);
        assertTrue(problems.matches(ticket(n1, 3, problem)));
        assertFalse(problems.matches(ticket(n1, 3, incident)));
    }

    @Test
    void everyPartMustHold() {
        TicketCondition all = new TicketCondition(n1, 3, 5, incident);
        assertTrue(all.matches(ticket(n1, 4, incident)));
        assertFalse(all.matches(ticket(n2, 4, incident)), "other queue");
        assertFalse(all.matches(ticket(n1, 2, incident)), "priority too low");
        assertFalse(all.matches(ticket(n1, 4, problem)), "other type");
    }

    @Test
    void rulesAndNotificationsShareTheMatching() {
        EscalationRule rule = new EscalationRule("Prioridad 3-5 a N2", EscalationTrigger.PRIORITY);
        assertTrue(rule.appliesTo(ticket(n2, 1, problem)), "a rule without condition applies to every ticket");
        rule.applyTo("Prioridad 3-5 a N2", 1, EscalationTrigger.PRIORITY, new TicketCondition(n1, 3, 5, null));
        assertTrue(rule.appliesTo(ticket(n1, 3, problem)));
        assertFalse(rule.appliesTo(ticket(n1, 2, problem)));
    }

    @Test
    void theFormRefusesPrioritiesOutsideOneToFive() {
        assertDoesNotThrow(() -> new TicketConditionForm(null, 1, 5, null).validate());
        assertDoesNotThrow(TicketConditionForm.ANY::validate);
        for (TicketConditionForm wrong : new TicketConditionForm[] {new TicketConditionForm(null, 0, null, null),
                new TicketConditionForm(null, null, 6, null)}) {
            ValidationException e = assertThrows(ValidationException.class, wrong::validate);
            assertTrue(e.hasErrorOn("priority"));
            assertEquals("validation.priority", e.getErrors().get(0).messageKey());
        }
    }
}
