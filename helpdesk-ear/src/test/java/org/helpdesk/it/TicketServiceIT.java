package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.QUEUE_N2;
import static org.helpdesk.it.Fixtures.STATE_CLOSED_SUCCESSFUL;
import static org.helpdesk.it.Fixtures.STATE_OPEN;
import static org.helpdesk.it.Fixtures.STATE_PENDING_REMINDER;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.TYPE_INCIDENT;
import static org.helpdesk.it.Fixtures.TYPE_PROBLEM;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.shared.ConcurrentChangeException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.PermissionDeniedException;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.BulkChange;
import org.helpdesk.ticket.BulkResult;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.SenderType;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketBulkService;
import org.helpdesk.ticket.TicketNumber;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ticket workflow, called as agents with and without the permissions each action needs. */
@ExtendWith(ArquillianExtension.class)
class TicketServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    @EJB
    TicketSearchService search;

    @EJB
    TicketBulkService bulk;

    @Inject
    Fixtures fixtures;

    /** First-line agent: everything in N1, may move tickets into N2. */
    private Agent tier1;
    /** Consultant: everything in N2 and N1. */
    private Agent tier2;
    private CustomerUser customer;

    @BeforeEach
    void setUp() {
        tier1 = fixtures.agent("n1", Map.of(SUPPORT_GROUP, Set.of(Permission.RW),
                CONSULTING_GROUP, Set.of(Permission.MOVE_INTO)));
        tier2 = fixtures.agent("n2", Map.of(CONSULTING_GROUP, Set.of(Permission.RW), SUPPORT_GROUP, Set.of(Permission.RW)));
        customer = fixtures.customer();
    }

    private Ticket createInN1() {
        return As.agent(tier1.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 2)));
    }

    @Test
    void createRegistersNumberStateHistoryAndFirstArticle() {
        Ticket ticket = createInN1();
        assertTrue(TicketNumber.isValid(ticket.getNumber()), ticket.getNumber());
        assertEquals(StateType.NEW, ticket.getState().getType());
        assertEquals(customer.getCompany().getId(), ticket.getCompany().getId());
        assertEquals(tier1.getLogin(), ticket.getCreatedBy());

        Ticket found = As.agent(tier1.getLogin(), () -> tickets.getByNumber(ticket.getNumber()));
        assertEquals(ticket.getId(), found.getId());
        List<Article> articles = As.agent(tier1.getLogin(), () -> tickets.articles(ticket.getId()));
        assertEquals(1, articles.size());
        assertEquals(SenderType.CUSTOMER, articles.get(0).getSender());
        assertEquals(List.of(HistoryType.NEW_TICKET, HistoryType.PHONE_CALL_CUSTOMER), historyTypes(ticket));
    }

    @Test
    void anEmailTicketIsTheAgentWritingToTheCustomer() {
        NewTicket email = new NewTicket("Mantenimiento programado", QUEUE_N1, null, 2, TYPE_INCIDENT, customer.getId(), null,
                null, NewArticle.emailToCustomer(customer.getEmail(), "Mantenimiento programado", "El sábado no habrá red."));
        Ticket ticket = As.agent(tier1.getLogin(), () -> tickets.create(email));
        Article first = As.agent(tier1.getLogin(), () -> tickets.articles(ticket.getId())).get(0);
        assertEquals(SenderType.AGENT, first.getSender());
        assertEquals(org.helpdesk.ticket.Channel.EMAIL, first.getChannel());
        assertEquals(customer.getEmail(), first.getTo());
        assertEquals(List.of(HistoryType.NEW_TICKET, HistoryType.EMAIL_AGENT), historyTypes(ticket));

        Article call = As.agent(tier1.getLogin(), () -> tickets.addArticle(ticket.getId(),
                As.agent(tier1.getLogin(), () -> tickets.get(ticket.getId())).getVersion(),
                NewArticle.phoneToCustomer("Llamada", "Confirmó que está de acuerdo.")));
        assertTrue(call.isVisibleForCustomer());
        assertEquals(HistoryType.PHONE_CALL_AGENT, historyTypes(ticket).get(2));
    }

    @Test
    void numbersAreUnique() {
        Ticket first = createInN1();
        Ticket second = createInN1();
        assertFalse(first.getNumber().equals(second.getNumber()));
    }

    /**
     * The number is drawn in a transaction of its own: a ticket still being written (its transaction open)
     * does not make the next ticket wait for the counter, and a ticket rolled back leaves a gap, never a
     * number given twice.
     */
    @Test
    void aTicketBeingWrittenDoesNotHoldUpTheNextOne() throws Exception {
        Ticket pending;
        Ticket next;
        transaction.begin();
        try {
            pending = createInN1();
            Future<Ticket> other = executor.submit(this::createInN1);
            next = other.get(30, TimeUnit.SECONDS);
        } finally {
            transaction.rollback();
        }
        assertFalse(pending.getNumber().equals(next.getNumber()));
        assertEquals(next.getNumber(), As.agent(tier1.getLogin(), () -> tickets.get(next.getId())).getNumber(), "committed");
        Ticket after = createInN1();
        assertFalse(after.getNumber().equals(pending.getNumber()), "the rolled-back ticket's number is not given again");
    }

    @Test
    void badInputNamesTheFieldInTheUsersLanguageAndStoresNothing() {
        long before = queueSize(QUEUE_N1);
        NewTicket noTitle = new NewTicket(" ", QUEUE_N1, null, 3, TYPE_INCIDENT, customer.getId(), null, null,
                NewArticle.note("s", "b"));
        ValidationException missingTitle = assertThrows(ValidationException.class,
                () -> As.agent(tier1.getLogin(), () -> tickets.create(noTitle)));
        assertTrue(missingTitle.hasErrorOn("title"));
        assertEquals("Título: es obligatorio.", missingTitle.getMessage(Locale.forLanguageTag("es")));
        assertEquals("Title: is required.", missingTitle.getMessage(Locale.ENGLISH));

        ValidationException unknownQueue = assertThrows(ValidationException.class,
                () -> As.agent(tier1.getLogin(), () -> tickets.create(phoneTicket(987_654_321L, customer.getId(), 3))));
        assertTrue(unknownQueue.hasErrorOn("queueId"));

        ValidationException badPriority = assertThrows(ValidationException.class,
                () -> As.agent(tier1.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 6))));
        assertTrue(badPriority.hasErrorOn("priority"));
        assertEquals("Priority: must be between 1 and 5.", badPriority.getMessage(Locale.ENGLISH));

        ValidationException unknownCustomer = assertThrows(ValidationException.class,
                () -> As.agent(tier1.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, 987_654_321L, 3))));
        assertTrue(unknownCustomer.hasErrorOn("customerUserId"));

        NewArticle emptyBody = new NewArticle(SenderType.CUSTOMER, org.helpdesk.ticket.Channel.PHONE, true, null, null,
                null, "Asunto", "", null, List.of());
        ValidationException missingBody = assertThrows(ValidationException.class, () -> As.agent(tier1.getLogin(),
                () -> tickets.create(new NewTicket("Título", QUEUE_N1, null, 3, TYPE_INCIDENT, customer.getId(), null,
                        null, emptyBody))));
        assertTrue(missingBody.hasErrorOn("firstArticle.body"));

        assertEquals(before, queueSize(QUEUE_N1));
    }

    @Test
    void permissionsAreCheckedInTheService() {
        Agent readOnly = fixtures.agent("ro", Map.of(SUPPORT_GROUP, Set.of(Permission.RO)));
        Agent outsider = fixtures.agent("out", Map.of(CONSULTING_GROUP, Set.of(Permission.RW)));
        Ticket ticket = createInN1();

        assertThrows(PermissionDeniedException.class,
                () -> As.agent(readOnly.getLogin(), () -> tickets.create(phoneTicket(QUEUE_N1, customer.getId(), 2))));
        assertEquals(ticket.getId(), As.agent(readOnly.getLogin(), () -> tickets.get(ticket.getId())).getId());
        assertThrows(PermissionDeniedException.class, () -> As.agent(readOnly.getLogin(),
                () -> tickets.addArticle(ticket.getId(), ticket.getVersion(), NewArticle.note("n", "nota"))));
        assertThrows(PermissionDeniedException.class,
                () -> As.agent(readOnly.getLogin(), () -> tickets.changePriority(ticket.getId(), ticket.getVersion(), 4, "prueba")));
        assertThrows(PermissionDeniedException.class,
                () -> As.agent(readOnly.getLogin(), () -> tickets.move(ticket.getId(), ticket.getVersion(), QUEUE_N2)));

        // a ticket the agent may not see does not exist for them
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> tickets.get(ticket.getId())));
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> tickets.history(ticket.getId())));
        assertTrue(As.agent(outsider.getLogin(), () -> search.search(TicketQuery.all(), TicketSort.CREATED, false, 0, 1000))
                .stream().noneMatch(row -> row.id() == ticket.getId()));
        assertThrows(NotFoundException.class, () -> As.agent(tier1.getLogin(), () -> tickets.get(987_654_321L)));
    }

    @Test
    void aTicketYouMayNotSeeLooksExactlyLikeOneThatDoesNotExist() {
        Agent outsider = fixtures.agent("fuera", Map.of(CONSULTING_GROUP, Set.of(Permission.RW)));
        Ticket created = createInN1();
        As.agent(tier1.getLogin(), () -> tickets.addArticle(created.getId(), created.getVersion(),
                NewArticle.note("Registro", "adjunto").withAttachments(List.of(new NewAttachment("log.txt", "text/plain", "x".getBytes())))));
        Ticket ticket = As.agent(tier1.getLogin(), () -> tickets.get(created.getId()));
        long attachmentId = As.agent(tier1.getLogin(), () -> tickets.articles(ticket.getId())).stream()
                .flatMap(a -> a.getAttachments().stream()).findFirst().orElseThrow().getId();
        long missing = 987_654_321L;

        NotFoundException absent = assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> tickets.get(missing)));
        NotFoundException hidden = assertThrows(NotFoundException.class,
                () -> As.agent(outsider.getLogin(), () -> tickets.get(ticket.getId())));
        assertEquals(absent.getMessageKey(), hidden.getMessageKey());
        assertEquals(absent.getArguments()[0], hidden.getArguments()[0]);
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> tickets.articles(ticket.getId())));
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> tickets.getByNumber(ticket.getNumber())));
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> tickets.attachment(attachmentId)));
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> tickets.possibleOwners(ticket.getId())));
        // changes too: nothing tells the outsider the ticket is there
        assertThrows(NotFoundException.class,
                () -> As.agent(outsider.getLogin(), () -> tickets.changeState(ticket.getId(), ticket.getVersion(), STATE_OPEN)));
        assertThrows(NotFoundException.class,
                () -> As.agent(outsider.getLogin(), () -> tickets.lock(ticket.getId(), ticket.getVersion())));
        // an agent who sees the ticket but may not change it is told why
        Agent reader = fixtures.agent("lector", Map.of(SUPPORT_GROUP, Set.of(Permission.RO)));
        assertThrows(PermissionDeniedException.class,
                () -> As.agent(reader.getLogin(), () -> tickets.changeState(ticket.getId(), ticket.getVersion(), STATE_OPEN)));
    }

    @Test
    void notesNeedTheNotePermissionAndRepliesNeedRw() {
        Agent noteTaker = fixtures.agent("note", Map.of(SUPPORT_GROUP, Set.of(Permission.RO, Permission.NOTE)));
        Ticket ticket = createInN1();
        Article note = As.agent(noteTaker.getLogin(),
                () -> tickets.addArticle(ticket.getId(), ticket.getVersion(), NewArticle.note("Nota", "Revisar el router")));
        assertFalse(note.isVisibleForCustomer());
        Ticket current = As.agent(noteTaker.getLogin(), () -> tickets.get(ticket.getId()));
        assertThrows(PermissionDeniedException.class, () -> As.agent(noteTaker.getLogin(),
                () -> tickets.addArticle(current.getId(), current.getVersion(), NewArticle.reply("Re", "Respuesta"))));
    }

    @Test
    void requirementsScenarioReplyEscalateAndClose() {
        Ticket ticket = createInN1();
        NewArticle reply = NewArticle.reply("Re: No hay conexión", "Reinicie el router, por favor.")
                .withAttachments(List.of(new NewAttachment("guia.txt", "text/plain", "Paso 1".getBytes())));
        As.agent(tier1.getLogin(), () -> tickets.addArticle(ticket.getId(), ticket.getVersion(), reply));
        Ticket afterReply = As.agent(tier1.getLogin(), () -> tickets.changeState(ticket.getId(),
                As.agent(tier1.getLogin(), () -> tickets.get(ticket.getId())).getVersion(), STATE_OPEN));
        assertEquals("open", afterReply.getState().getName());

        Ticket escalated = As.agent(tier1.getLogin(), () -> tickets.move(afterReply.getId(), afterReply.getVersion(), QUEUE_N2));
        assertEquals(QUEUE_N2, escalated.getQueue().getId());
        // the first-line agent cannot see it any more (move_into only), so for them it is not there
        assertThrows(NotFoundException.class, () -> As.agent(tier1.getLogin(),
                () -> tickets.changeState(escalated.getId(), escalated.getVersion(), STATE_CLOSED_SUCCESSFUL)));

        Ticket closed = As.agent(tier2.getLogin(), () -> tickets.close(escalated.getId(), escalated.getVersion(),
                STATE_CLOSED_SUCCESSFUL, NewArticle.reply("Solucionado", "Se cambió el router.")));
        assertEquals(StateType.CLOSED, closed.getState().getType());

        List<Article> articles = As.agent(tier2.getLogin(), () -> tickets.articles(ticket.getId()));
        assertEquals(3, articles.size());
        assertEquals(1, articles.get(1).getAttachments().size());
        assertEquals("Paso 1", new String(articles.get(1).getAttachments().get(0).getContent()));
        List<HistoryType> history = historyTypes(ticket);
        assertTrue(history.containsAll(List.of(HistoryType.SEND_ANSWER, HistoryType.MOVE, HistoryType.STATE_UPDATE)), history.toString());
        HistoryEntry move = As.agent(tier2.getLogin(), () -> tickets.history(ticket.getId())).stream()
                .filter(h -> h.getType() == HistoryType.MOVE).findFirst().orElseThrow();
        assertEquals(tier1.getLogin(), move.getCreatedBy());
        assertEquals("Soporte Técnico (N1) → Consultoría TI (N2)", move.getDetail());
    }

    @Test
    void aTicketLockedByAnotherAgentCanOnlyBeTakenOver() {
        Ticket ticket = createInN1();
        Ticket locked = As.agent(tier1.getLogin(), () -> tickets.lock(ticket.getId(), ticket.getVersion()));
        assertTrue(locked.isLocked());
        assertEquals(tier1.getId(), locked.getOwner().getId());

        assertThrows(RuleViolationException.class, () -> As.agent(tier2.getLogin(),
                () -> tickets.addArticle(locked.getId(), locked.getVersion(), NewArticle.reply("Re", "Hola"))));
        assertThrows(RuleViolationException.class,
                () -> As.agent(tier2.getLogin(), () -> tickets.move(locked.getId(), locked.getVersion(), QUEUE_N2)));
        assertThrows(RuleViolationException.class, () -> As.agent(tier2.getLogin(), () -> tickets.lock(locked.getId(), locked.getVersion())));
        // internal notes stay possible
        As.agent(tier2.getLogin(), () -> tickets.addArticle(locked.getId(), locked.getVersion(), NewArticle.note("n", "visto")));

        Ticket current = As.agent(tier2.getLogin(), () -> tickets.get(ticket.getId()));
        Ticket takenOver = As.agent(tier2.getLogin(), () -> tickets.setOwner(current.getId(), current.getVersion(), tier2.getId()));
        assertEquals(tier2.getId(), takenOver.getOwner().getId());
        As.agent(tier2.getLogin(), () -> tickets.addArticle(takenOver.getId(), takenOver.getVersion(), NewArticle.reply("Re", "Hola")));
        assertTrue(historyTypes(ticket).containsAll(List.of(HistoryType.LOCK, HistoryType.OWNER_UPDATE)));
    }

    @Test
    void unlockingIsForTheOwnerOrAnAgentWithRw() {
        Agent ownerOnly = fixtures.agent("own", Map.of(SUPPORT_GROUP, Set.of(Permission.RO, Permission.OWNER)));
        Ticket ticket = createInN1();
        Ticket locked = As.agent(tier1.getLogin(), () -> tickets.lock(ticket.getId(), ticket.getVersion()));
        assertThrows(PermissionDeniedException.class,
                () -> As.agent(ownerOnly.getLogin(), () -> tickets.unlock(locked.getId(), locked.getVersion())));
        Ticket unlocked = As.agent(tier2.getLogin(), () -> tickets.unlock(locked.getId(), locked.getVersion()));
        assertFalse(unlocked.isLocked());
        Ticket relocked = As.agent(ownerOnly.getLogin(), () -> tickets.lock(unlocked.getId(), unlocked.getVersion()));
        assertEquals(ownerOnly.getId(), relocked.getOwner().getId());
        Ticket released = As.agent(ownerOnly.getLogin(), () -> tickets.unlock(relocked.getId(), relocked.getVersion()));
        assertFalse(released.isLocked());
        assertTrue(historyTypes(ticket).contains(HistoryType.UNLOCK));
    }

    @Test
    void aChangeOnAnOutdatedVersionIsRefusedAndNothingIsLost() {
        Ticket ticket = createInN1();
        long seen = ticket.getVersion();
        As.agent(tier1.getLogin(), () -> tickets.changePriority(ticket.getId(), seen, 1, "prueba"));
        ConcurrentChangeException e = assertThrows(ConcurrentChangeException.class,
                () -> As.agent(tier2.getLogin(), () -> tickets.changeType(ticket.getId(), seen, TYPE_PROBLEM)));
        assertTrue(e.getMessage(Locale.forLanguageTag("es")).contains("Otra persona modificó"));
        Ticket stored = As.agent(tier1.getLogin(), () -> tickets.get(ticket.getId()));
        assertEquals(1, stored.getPriority());
        assertEquals(TYPE_INCIDENT, stored.getType().getId());
    }

    @Test
    void pendingPriorityTypeOwnerAndResponsible() {
        Ticket ticket = createInN1();
        Instant until = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Ticket pending = As.agent(tier1.getLogin(), () -> tickets.setPending(ticket.getId(), ticket.getVersion(), STATE_PENDING_REMINDER, until));
        assertEquals(until, As.agent(tier1.getLogin(), () -> tickets.get(ticket.getId())).getPendingUntil());
        assertThrows(ValidationException.class, () -> As.agent(tier1.getLogin(),
                () -> tickets.setPending(pending.getId(), pending.getVersion(), STATE_PENDING_REMINDER, Instant.now().minusSeconds(60))));

        // 1: priorities 3 to 5 would send it to the consultants (see EscalationIT)
        ValidationException noReason = assertThrows(ValidationException.class, () -> As.agent(tier1.getLogin(),
                () -> tickets.changePriority(pending.getId(), pending.getVersion(), 1, " ")));
        assertTrue(noReason.hasErrorOn("reason"), "overriding the priority needs a reason");
        Ticket prioritized = As.agent(tier1.getLogin(),
                () -> tickets.changePriority(pending.getId(), pending.getVersion(), 1, "el cliente ya tiene un equipo de reemplazo"));
        assertEquals(1, prioritized.getPriority());
        assertTrue(As.agent(tier1.getLogin(), () -> tickets.history(ticket.getId())).stream().anyMatch(h ->
                h.getType() == HistoryType.PRIORITY_UPDATE && h.getDetail().equals("2 → 1: el cliente ya tiene un equipo de reemplazo")));
        Ticket typed = As.agent(tier1.getLogin(), () -> tickets.changeType(prioritized.getId(), prioritized.getVersion(), TYPE_PROBLEM));
        assertEquals("Problem", typed.getType().getName());

        Agent stranger = fixtures.agent("x", Map.of(CONSULTING_GROUP, Set.of(Permission.RW)));
        ValidationException notAllowed = assertThrows(ValidationException.class,
                () -> As.agent(tier1.getLogin(), () -> tickets.setOwner(typed.getId(), typed.getVersion(), stranger.getId())));
        assertTrue(notAllowed.hasErrorOn("ownerId"));
        Ticket owned = As.agent(tier1.getLogin(), () -> tickets.setOwner(typed.getId(), typed.getVersion(), tier2.getId()));
        assertEquals(tier2.getId(), owned.getOwner().getId());
        Ticket responsible = As.agent(tier1.getLogin(), () -> tickets.setResponsible(owned.getId(), owned.getVersion(), tier1.getId()));
        assertEquals(tier1.getId(), responsible.getResponsible().getId());
        Ticket unowned = As.agent(tier1.getLogin(), () -> tickets.setOwner(responsible.getId(), responsible.getVersion(), null));
        assertNull(unowned.getOwner());
        assertTrue(historyTypes(ticket).containsAll(List.of(HistoryType.SET_PENDING_TIME, HistoryType.PRIORITY_UPDATE,
                HistoryType.TYPE_UPDATE, HistoryType.OWNER_UPDATE, HistoryType.RESPONSIBLE_UPDATE)));
    }

    @Test
    void mergeMovesTheArticlesAndFreezesTheMergedTicket() {
        Ticket source = createInN1();
        Ticket target = createInN1();
        Ticket merged = As.agent(tier1.getLogin(), () -> tickets.merge(source.getId(), source.getVersion(), target.getId()));
        assertEquals(StateType.MERGED, merged.getState().getType());
        assertEquals(2, As.agent(tier1.getLogin(), () -> tickets.articles(target.getId())).size());
        assertTrue(As.agent(tier1.getLogin(), () -> tickets.articles(source.getId())).isEmpty());
        assertThrows(RuleViolationException.class,
                () -> As.agent(tier1.getLogin(), () -> tickets.changePriority(merged.getId(), merged.getVersion(), 4, "prueba")));
        assertTrue(historyTypes(target).contains(HistoryType.MERGED));
    }

    @Test
    void bulkActionsChangeEachTicketOnItsOwnAndReportRefusals() {
        Ticket free = createInN1();
        Ticket lockedByOther = createInN1();
        As.agent(tier2.getLogin(), () -> tickets.lock(lockedByOther.getId(), lockedByOther.getVersion()));
        BulkResult result = As.agent(tier1.getLogin(), () -> bulk.apply(List.of(free.getId(), lockedByOther.getId()),
                new BulkChange(QUEUE_N2, 4, null, null, null)));
        assertEquals(List.of(free.getNumber()), result.changed());
        assertEquals(1, result.failures().size());
        assertEquals(lockedByOther.getNumber(), result.failures().get(0).ticketNumber());
        assertTrue(result.failures().get(0).reason() instanceof RuleViolationException);
        Ticket moved = As.agent(tier2.getLogin(), () -> tickets.get(free.getId()));
        assertEquals(QUEUE_N2, moved.getQueue().getId());
        assertEquals(4, moved.getPriority());
        assertEquals(QUEUE_N1, As.agent(tier2.getLogin(), () -> tickets.get(lockedByOther.getId())).getQueue().getId());

        ValidationException none = assertThrows(ValidationException.class,
                () -> As.agent(tier1.getLogin(), () -> bulk.apply(List.of(), new BulkChange(null, 3, null, null, null))));
        assertTrue(none.hasErrorOn("tickets"));
    }

    @Test
    void onlyAgentsReachTheTicketService() {
        assertThrows(EJBAccessException.class,
                () -> As.customer(customer.getLogin(), () -> tickets.get(1L)));
        // a logged-in name that is no agent gets nothing either
        assertThrows(PermissionDeniedException.class, () -> As.agent("nobody-" + Fixtures.unique("x"), () -> tickets.get(1L)));
    }

    private long queueSize(long queueId) {
        TicketQuery inQueue = TicketQuery.all().withQueue(queueId);
        return As.admin(Fixtures.ADMIN, () -> search.count(inQueue));
    }

    private List<HistoryType> historyTypes(Ticket ticket) {
        return As.agent(tier2.getLogin(), () -> tickets.history(ticket.getId())).stream().map(HistoryEntry::getType).toList();
    }
}
