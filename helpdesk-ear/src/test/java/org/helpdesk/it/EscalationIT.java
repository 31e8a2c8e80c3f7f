package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.QUEUE_N2;
import static org.helpdesk.it.Fixtures.STATE_PENDING_REMINDER;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.helpdesk.it.Fixtures.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.monitoring.HealthService;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.CalendarForm;
import org.helpdesk.sla.CalendarService;
import org.helpdesk.sla.ServiceTargets;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ServiceCalendar;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.sla.Sla;
import org.helpdesk.sla.SlaForm;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.EscalationRuleForm;
import org.helpdesk.ticket.EscalationRuleService;
import org.helpdesk.ticket.EscalationService;
import org.helpdesk.ticket.EscalationTrigger;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewCustomerTicket;
import org.helpdesk.ticket.PriorityMatrixService;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketConditionForm;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Escalation with the real sweep: targets in business time, each crossing raised once, the rules
 * moving tickets to the consultants and telling people by e-mail. The sweep is called with a later
 * "now", as its timer would call it then: a little later only, since it raises every ticket's events due by
 * then (the other tests' tickets too, each telling a group of agents by e-mail).
 */
@ExtendWith(ArquillianExtension.class)
class EscalationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    HealthService health;

    @EJB
    QueueService queues;

    @EJB
    CalendarService calendars;

    @EJB
    EscalationRuleService rules;

    @EJB
    EscalationService escalations;

    @EJB
    TestMailServer mail;

    @EJB
    PriorityMatrixService matrix;

    @EJB
    CustomerTicketService portal;

    @EJB
    ServiceCatalog catalog;

    @Inject
    Fixtures fixtures;

    private Agent agent;
    private CustomerUser customer;

    @BeforeEach
    void setUp() {
        agent = fixtures.agent("escala", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        customer = fixtures.customer();
    }

    @Test
    void withTheShippedRulesAPriorityFourIncidentGoesToTheConsultants() {
        Ticket urgent = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 4)));
        assertEquals(QUEUE_N2, urgent.getQueue().getId());
        Ticket routine = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 2)));
        assertEquals(QUEUE_N1, routine.getQueue().getId());
        Ticket raised = As.agent(agent.getLogin(), () -> tickets.changePriority(routine.getId(), routine.getVersion(), 3, "prueba"));
        assertEquals(QUEUE_N2, raised.getQueue().getId(), "raising the priority escalates too");
        assertTrue(history(raised).stream().anyMatch(h -> h.getType() == HistoryType.MOVE));
    }

    @Test
    void theFirstResponseTargetCountsBusinessTimeOnly() {
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 2)));
        ServiceCalendar lima = As.admin(ADMIN, () -> calendars.calendars(0, 50)).rows().stream()
                .filter(c -> c.getName().startsWith("Lima")).findFirst().orElseThrow();
        // the shipped N1 target: a first answer within 120 business minutes, Lima office hours
        assertEquals(lima.toBusinessCalendar().plusBusinessMinutes(ticket.getCreatedAt(), 120), ticket.getFirstResponseDue());
        assertEquals(ticket.getFirstResponseDue(), ticket.getEscalationAt());
    }

    @Test
    void anUnansweredTicketWarnsThenEscalatesOnceMovesToTheConsultantsAndTellsTheOwner() throws Exception {
        Queue queue = queueWithTargets(10, 80);
        As.admin(ADMIN, () -> rules.save(new EscalationRuleForm(null, 0, unique("Vencidos"), 1, EscalationTrigger.BREACH,
                new TicketConditionForm(queue.getId(), null, null, null), QUEUE_N2, null, null, null, true, true)));
        As.admin(ADMIN, () -> rules.save(new EscalationRuleForm(null, 0, unique("Aviso"), 2, EscalationTrigger.WARNING,
                new TicketConditionForm(queue.getId(), null, null, null), null, null, null, null, true, true)));
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        Ticket owned = As.agent(agent.getLogin(), () -> tickets.setOwner(ticket.getId(), ticket.getVersion(), agent.getId()));
        Instant created = owned.getCreatedAt();
        assertEquals(created.plus(Duration.ofMinutes(10)), owned.getFirstResponseDue());
        assertEquals(created.plus(Duration.ofMinutes(8)), owned.getEscalationWarningAt(), "80 % of the target");

        escalations.sweep(created.plus(Duration.ofMinutes(7)));
        assertEquals(0, count(reload(ticket), HistoryType.ESCALATION_WARNING), "not yet");
        escalations.sweep(created.plus(Duration.ofMinutes(9)));
        Ticket warned = reload(ticket);
        assertEquals(queue.getId(), warned.getQueue().getId(), "a warning moves nothing");
        assertEquals(1, count(warned, HistoryType.ESCALATION_WARNING));

        long counted = health.counters().get("helpdesk_escalations_total");
        escalations.sweep(created.plus(Duration.ofMinutes(11)));
        escalations.sweep(created.plus(Duration.ofMinutes(12)));
        Ticket escalated = reload(ticket);
        // counted for monitoring as it happened (the server's own sweep may add others meanwhile)
        assertTrue(health.counters().get("helpdesk_escalations_total") >= counted + 1);
        assertEquals(QUEUE_N2, escalated.getQueue().getId());
        assertEquals(1, count(escalated, HistoryType.ESCALATION), "raised once, however often the sweep runs");
        assertEquals(1, count(escalated, HistoryType.ESCALATION_WARNING));
        assertTrue(escalated.getEscalationEventAt().isAfter(created.plus(Duration.ofMinutes(12))),
                "the next event is N2's own target");

        Await.until(() -> mail.receivedBy(agent.getEmail()).size() >= 2, 30);
        List<MimeMessage> told = mail.receivedBy(agent.getEmail());
        assertTrue(told.stream().anyMatch(m -> TestMailServer.subjectOf(m).contains("Pronto vence")), "warned");
        assertTrue(told.stream().anyMatch(m -> TestMailServer.subjectOf(m).equals("[Ticket#" + ticket.getNumber() + "] Escalado: "
                + ticket.getTitle())), "told of the escalation");
    }

    @Test
    void answeringInTimeClearsTheTargetAndAPendingTicketDoesNotEscalate() {
        Queue queue = queueWithTargets(1, 0);
        As.admin(ADMIN, () -> rules.save(new EscalationRuleForm(null, 0, unique("Vencidos"), 1, EscalationTrigger.BREACH,
                new TicketConditionForm(queue.getId(), null, null, null), QUEUE_N2, null, null, null, false, true)));
        Ticket answered = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        As.agent(agent.getLogin(), () -> tickets.addArticle(answered.getId(), answered.getVersion(),
                NewArticle.reply("Re: No hay conexión", "Estamos revisando.")));
        Ticket waiting = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
        As.agent(agent.getLogin(), () -> tickets.setPending(waiting.getId(), waiting.getVersion(), STATE_PENDING_REMINDER,
                Instant.now().plus(Duration.ofDays(1))));

        assertNull(reload(answered).getFirstResponseDue());
        assertNull(reload(answered).getEscalationAt());
        assertNull(reload(waiting).getEscalationAt(), "the clocks stand still while pending");
        // these two tickets only: a sweep two hours ahead would escalate every other test's ticket due by then
        Instant later = Instant.now().plus(Duration.ofHours(2));
        assertFalse(escalations.escalate(answered.getId(), later));
        assertFalse(escalations.escalate(waiting.getId(), later));
        assertEquals(queue.getId(), reload(answered).getQueue().getId());
        assertEquals(queue.getId(), reload(waiting).getQueue().getId());
        assertEquals(0, count(reload(waiting), HistoryType.ESCALATION));
    }

    @Test
    void theAdministratorChoosesWhichPendingStatesStopTheClock() {
        Queue queue = queueWithTargets(30, 0);
        Set<Long> shipped = Set.copyOf(As.admin(ADMIN, () -> rules.pendingStates()).stream()
                .filter(org.helpdesk.ticket.TicketState::isStopsClock).map(org.helpdesk.ticket.TicketState::getId).toList());
        assertTrue(shipped.contains(STATE_PENDING_REMINDER), "pending states stop the clock out of the box");
        try {
            As.admin(ADMIN, () -> {
                rules.setClockStoppingStates(Set.of());
                return null;
            });
            Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(phoneTicket(queue.getId(), customer.getId(), 2)));
            Ticket waiting = As.agent(agent.getLogin(), () -> tickets.setPending(ticket.getId(), ticket.getVersion(),
                    STATE_PENDING_REMINDER, Instant.now().plus(Duration.ofDays(1))));
            assertEquals(waiting.getCreatedAt().plus(Duration.ofMinutes(30)), waiting.getEscalationAt(), "the clock runs on");
        } finally {
            As.admin(ADMIN, () -> {
                rules.setClockStoppingStates(shipped);
                return null;
            });
        }
    }

    @Test
    void calendarsAndTargetsAreValidatedInTheAdminsLanguage() {
        ValidationException hours = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> calendars.save(new CalendarForm(null, 0, unique("Mal"), "America/Lima", "lunes 9 a 6", null,
                        true))));
        assertTrue(hours.hasErrorOn("workingHours"));
        assertTrue(hours.getMessage(java.util.Locale.forLanguageTag("es")).contains("lunes 9 a 6"));
        ValidationException zone = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> calendars.save(new CalendarForm(null, 0, unique("Mal"), "Lima/Peru", "mon-fri 09:00-18:00",
                        null, true))));
        assertTrue(zone.hasErrorOn("timeZone"));
        ValidationException target = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> ServiceTargets.of(0, null, null, 80));
        assertTrue(target.hasErrorOn("firstResponseMinutes"));
        ServiceCalendar saturdays = As.admin(ADMIN, () -> calendars.save(new CalendarForm(null, 0, unique("Sábados"), "America/Lima",
                "mon-fri 08:30-13:00 14:00-18:00; sat 09:00-13:00", "12-25 Navidad\n2026-12-31 Fin de año", true)));
        assertNotNull(saturdays.getId());
    }

    @Test
    void aTicketOfAServiceGetsItsSlaWhoseTargetsWinOverTheQueues() {
        ItService service = As.admin(ADMIN, () -> catalog.createService(unique("Correo"), null));
        Sla gold = As.admin(ADMIN, () -> catalog.saveSla(new SlaForm(null, 0, unique("Oro"), null,
                ServiceTargets.of(15, null, 240, 50), Set.of(service.getId()), true)));
        Ticket ticket = As.customer(customer.getLogin(), () -> portal.create(new NewCustomerTicket(Fixtures.TYPE_INCIDENT,
                QUEUE_N1, Level.LOW, Level.MEDIUM, service.getId(), "Correo caído", "No envía ni recibe.", List.of())));
        assertEquals(gold.getId(), ticket.getSla().getId());
        assertEquals(ticket.getCreatedAt().plus(Duration.ofMinutes(15)), ticket.getFirstResponseDue(), "24x7, 15 minutes");
        assertEquals(ticket.getCreatedAt().plus(Duration.ofMinutes(240)), ticket.getSolutionDue());
        assertNull(ticket.getUpdateDue());
        ValidationException taken = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> catalog.saveSla(new SlaForm(null, 0, gold.getName(), null, null, Set.of(), true))));
        assertTrue(taken.hasErrorOn("name"));
    }

    @Test
    void theAdministratorAdjustsTheImpactUrgencyMatrix() {
        assertEquals(3, As.admin(ADMIN, () -> matrix.matrix()).stream()
                .filter(c -> c.getImpact() == Level.MEDIUM && c.getUrgency() == Level.MEDIUM).findFirst().orElseThrow().getPriority());
        try {
            As.admin(ADMIN, () -> matrix.setPriority(Level.MEDIUM, Level.MEDIUM, 2));
            assertEquals(2, As.customer(customer.getLogin(), () -> portal.priorityFor(Level.MEDIUM, Level.MEDIUM)));
            ValidationException wrong = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
                    () -> As.admin(ADMIN, () -> matrix.setPriority(Level.LOW, Level.LOW, 6)));
            assertTrue(wrong.hasErrorOn("priority"));
            org.junit.jupiter.api.Assertions.assertThrows(jakarta.ejb.EJBAccessException.class,
                    () -> As.agent(agent.getLogin(), () -> matrix.setPriority(Level.LOW, Level.LOW, 5)));
        } finally {
            As.admin(ADMIN, () -> matrix.setPriority(Level.MEDIUM, Level.MEDIUM, 3));
        }
    }

    private Queue queueWithTargets(int firstResponseMinutes, int warnPercent) {
        Queue queue = fixtures.queue(unique("Mesa"), SUPPORT_GROUP, FollowUpPolicy.POSSIBLE);
        ServiceCalendar always = As.admin(ADMIN, () -> calendars.calendars(0, 50)).rows().stream()
                .filter(c -> c.getName().equals("24x7")).findFirst().orElseThrow();
        return As.admin(ADMIN, () -> queues.setEscalation(queue.getId(), queue.getVersion(), always.getId(),
                ServiceTargets.of(firstResponseMinutes, null, null, warnPercent)));
    }

    private Ticket reload(Ticket ticket) {
        return As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
    }

    private List<HistoryEntry> history(Ticket ticket) {
        return As.agent(agent.getLogin(), () -> tickets.history(ticket.getId()));
    }

    private long count(Ticket ticket, HistoryType type) {
        return history(ticket).stream().filter(h -> h.getType() == type).count();
    }
}
