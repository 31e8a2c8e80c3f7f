package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.QUEUE_N2;
import static org.helpdesk.it.Fixtures.STATE_CLOSED_SUCCESSFUL;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.phoneTicket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.QueueCount;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The ticket lists: filtered to the agent's queues, paged and sorted in the database. */
@ExtendWith(ArquillianExtension.class)
class TicketSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    TicketSearchService search;

    @Inject
    Fixtures fixtures;

    private Agent both;
    private CustomerUser customer;

    @BeforeEach
    void setUp() {
        both = fixtures.agent("both", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        customer = fixtures.customer();
    }

    private Ticket create(long queue, String title) {
        // priority 2: 3 to 5 would be routed from N1 to N2 by the shipped escalation rule
        NewTicket command = new NewTicket(title, queue, null, 2, Fixtures.TYPE_INCIDENT, customer.getId(), null, null,
                NewArticle.phoneFromCustomer(title, "Detalle de " + title));
        return As.agent(both.getLogin(), () -> tickets.create(command));
    }

    private Page<TicketSummary> find(TicketQuery query, TicketSort sort, boolean ascending, int first, int size) {
        return As.agent(both.getLogin(), () -> new Page<>(search.search(query, sort, ascending, first, size), search.count(query)));
    }

    @Test
    void pagesAndSortsInTheDatabase() {
        String marker = Fixtures.unique("impresora");
        for (int i = 1; i <= 5; i++) {
            create(QUEUE_N1, marker + " " + i);
        }
        TicketQuery query = TicketQuery.all().withCustomer(customer.getId());
        Page<TicketSummary> first = find(query, TicketSort.TITLE, true, 0, 2);
        assertEquals(5, first.total());
        assertEquals(List.of(marker + " 1", marker + " 2"), first.rows().stream().map(TicketSummary::title).toList());
        Page<TicketSummary> last = find(query, TicketSort.TITLE, true, 4, 2);
        assertEquals(List.of(marker + " 5"), last.rows().stream().map(TicketSummary::title).toList());
        Page<TicketSummary> newestFirst = find(query, TicketSort.CREATED, false, 0, 1);
        assertEquals(marker + " 5", newestFirst.rows().get(0).title());
    }

    @Test
    void findsByTextInTitlesAndArticlesAndByNumber() {
        String word = Fixtures.unique("switch");
        Ticket byTitle = create(QUEUE_N1, "Falla del " + word);
        Ticket byBody = create(QUEUE_N2, "Sin red");
        As.agent(both.getLogin(), () -> tickets.addArticle(byBody.getId(), byBody.getVersion(),
                NewArticle.note("Diagnóstico", "El " + word.toUpperCase() + " del piso 3 está apagado")));
        TicketQuery text = TicketQuery.all().withText(word);
        assertEquals(Set.of(byTitle.getId(), byBody.getId()), ids(find(text, TicketSort.CREATED, false, 0, 10)));
        TicketQuery number = TicketQuery.all().withNumber(byTitle.getNumber());
        assertEquals(Set.of(byTitle.getId()), ids(find(number, TicketSort.CREATED, false, 0, 10)));
        // the title criterion looks at titles only
        assertEquals(Set.of(byTitle.getId()), ids(find(TicketQuery.all().withTitle(word), TicketSort.CREATED, false, 0, 10)));
    }

    @Test
    void percentUnderscoreAndBackslashAreSearchedAsTyped() {
        Ticket percent = create(QUEUE_N1, "CPU al 100% desde ayer");
        create(QUEUE_N1, "1000 usuarios sin correo");
        Ticket underscore = create(QUEUE_N1, "No abre informe_2026.xlsx");
        create(QUEUE_N1, "No abre informex2026.xlsx");
        Ticket backslash = create(QUEUE_N1, "Sin acceso a \\\\servidor\\temp");
        create(QUEUE_N1, "Sin acceso a servidortemp");
        TicketQuery mine = TicketQuery.all().withCustomer(customer.getId());
        assertEquals(Set.of(percent.getId()), ids(find(mine.withText("100%"), TicketSort.CREATED, false, 0, 10)));
        assertEquals(Set.of(percent.getId()), ids(find(mine.withTitle("100%"), TicketSort.CREATED, false, 0, 10)));
        // a sign alone is no word to look up: the search says so instead of finding everything
        ValidationException sign = assertThrows(ValidationException.class,
                () -> find(mine.withText("%"), TicketSort.CREATED, false, 0, 10));
        assertTrue(sign.hasErrorOn("text"));
        assertEquals(Set.of(underscore.getId()), ids(find(mine.withText("informe_2026"), TicketSort.CREATED, false, 0, 10)));
        assertEquals(Set.of(backslash.getId()), ids(find(mine.withText("servidor\\temp"), TicketSort.CREATED, false, 0, 10)));
    }

    @Test
    void filtersByQueueStateAndClosingDate() {
        Ticket open = create(QUEUE_N2, "abierto");
        Ticket closed = create(QUEUE_N2, "cerrado");
        As.agent(both.getLogin(), () -> tickets.close(closed.getId(), closed.getVersion(), STATE_CLOSED_SUCCESSFUL, null));
        TicketQuery mine = TicketQuery.all().withCustomer(customer.getId());
        assertEquals(Set.of(open.getId()), ids(find(mine.withStateTypes(TicketQuery.OPEN_TYPES), TicketSort.CREATED, false, 0, 10)));
        assertEquals(Set.of(closed.getId()), ids(find(mine.withStateTypes(Set.of(StateType.CLOSED)), TicketSort.CREATED, false, 0, 10)));
        LocalDate today = LocalDate.now(java.time.ZoneId.of("America/Lima"));
        TicketQuery closedToday = mine.withClosed(today.minusDays(1), today.plusDays(1));
        assertEquals(Set.of(closed.getId()), ids(find(closedToday, TicketSort.CREATED, false, 0, 10)));
        TicketQuery closedLastYear = mine.withClosed(today.minusYears(1), today.minusYears(1));
        assertTrue(find(closedLastYear, TicketSort.CREATED, false, 0, 10).rows().isEmpty());
    }

    @Test
    void findsByOwner() {
        Ticket owned = create(QUEUE_N1, "con dueño");
        create(QUEUE_N1, "sin dueño");
        As.agent(both.getLogin(), () -> tickets.setOwner(owned.getId(), owned.getVersion(), both.getId()));
        List<Long> owners = As.agent(both.getLogin(), () -> search.owners(both.getLogin(), 5)).stream()
                .map(org.helpdesk.agent.AgentSummary::id).toList();
        assertEquals(List.of(both.getId()), owners);
        TicketQuery byOwner = TicketQuery.all().withCustomer(customer.getId()).withOwner(both.getId());
        assertEquals(Set.of(owned.getId()), ids(find(byOwner, TicketSort.CREATED, false, 0, 10)));
    }

    @Test
    void agentsSeeOnlyTheirQueuesInListsAndCounts() {
        Agent tier2Only = fixtures.agent("n2only", Map.of(CONSULTING_GROUP, Set.of(Permission.RO)));
        Ticket inN1 = create(QUEUE_N1, "solo N1");
        Ticket inN2 = create(QUEUE_N2, "solo N2");
        TicketQuery query = TicketQuery.all().withCustomer(customer.getId());
        Set<Long> visible = ids(As.agent(tier2Only.getLogin(), () -> search.search(query, TicketSort.CREATED, false, 0, 10)));
        assertEquals(Set.of(inN2.getId()), visible);
        assertFalse(visible.contains(inN1.getId()));

        List<QueueCount> overview = As.agent(tier2Only.getLogin(), () -> search.queueOverview());
        assertEquals(List.of(QUEUE_N2), overview.stream().map(QueueCount::queueId).toList());
        assertTrue(overview.get(0).openTickets() >= 1);

        Agent nothing = fixtures.agent("none", Map.of());
        assertEquals(0, As.agent(nothing.getLogin(), () -> search.count(query)));
        assertEquals(List.of(), As.agent(nothing.getLogin(), () -> search.search(query, TicketSort.CREATED, false, 0, 10)));
    }

    @Test
    void dashboardListsMineNewAndCounts() {
        // a queue of its own, so that other tests' tickets do not count
        AgentGroup group = fixtures.group("tablero");
        Queue queue = fixtures.queue(Fixtures.unique("Tablero"), group.getId(), FollowUpPolicy.POSSIBLE);
        Agent agent = fixtures.agent("tablero", Map.of(group.getId(), Set.of(Permission.RW)));
        NewTicket command = new NewTicket("para el tablero", queue.getId(), null, 3, Fixtures.TYPE_INCIDENT, customer.getId(),
                null, null, NewArticle.phoneFromCustomer("s", "b"));
        Ticket fresh = As.agent(agent.getLogin(), () -> tickets.create(command));
        Ticket locked = As.agent(agent.getLogin(), () -> tickets.create(command));
        As.agent(agent.getLogin(), () -> tickets.lock(locked.getId(), locked.getVersion()));

        assertEquals(List.of(locked.getId()), As.agent(agent.getLogin(), () -> search.myTickets(10)).stream()
                .map(TicketSummary::id).toList());
        assertEquals(List.of(fresh.getId(), locked.getId()), As.agent(agent.getLogin(), () -> search.newTickets(10)).stream()
                .map(TicketSummary::id).toList());
        assertEquals(Map.of("new", 2L), As.agent(agent.getLogin(), () -> search.stateCounts()));
        assertEquals(List.of(2L), As.agent(agent.getLogin(), () -> search.queueOverview()).stream()
                .map(QueueCount::openTickets).toList());
        assertTrue(As.agent(agent.getLogin(), () -> search.escalating(10)).isEmpty());
    }

    private static Set<Long> ids(Page<TicketSummary> page) {
        return ids(page.rows());
    }

    private static Set<Long> ids(List<TicketSummary> rows) {
        return rows.stream().map(TicketSummary::id).collect(java.util.stream.Collectors.toSet());
    }
}
