package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.TYPE_INCIDENT;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.QueueService;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.QueuePage;
import org.helpdesk.ticket.QueuePageService;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.ticket.TicketZoom;
import org.helpdesk.ticket.TicketZoomService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How many SQL statements the agent's ticket zoom and one page of the queue view send, counted
 * with {@link StatementCounter}: the same number for a conversation of 2 articles and of 20, and
 * for a page of 10 rows and of 50, so that an N+1 (a query per article, attachment or row) fails
 * here. The numbers also go to target/zoom-queries.txt. Before the zoom was one read, its twelve
 * service calls and the page's lazy loading sent 119 statements for 2 articles and 137 for 20.
 */
@ExtendWith(ArquillianExtension.class)
class ZoomQueriesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    TicketCatalog catalog;

    @EJB
    TicketSearchService search;

    @EJB
    QueueService queues;

    @Inject
    Fixtures fixtures;

    @Inject
    StatementCounter counter;

    /**
     * The statements of one zoom: the agent and their permissions (3), the ticket's facts (1), the
     * articles and their attachments' metadata (2), a page of history (1; its count only when the
     * page is full), the customer's other tickets (1), the choices of the side bar (move targets,
     * owners, states, types, services, SLAs, canned responses: 7) and the dynamic fields with their
     * values (2).
     */
    private static final int ZOOM_STATEMENTS = 18;
    /**
     * The statements of a page of the queue view: the page around the table (the agent and their
     * permissions: 3; the queues, their open counts and the states: 3), then the table's count
     * (3 + 1) and its page (3 + the rows and their total: 2). Names shown in the rows come with
     * the rows (one projection query), so the number does not depend on the page size.
     */
    private static final int QUEUE_PAGE_STATEMENTS = 13;

    @EJB
    TicketZoomService zooms;

    @EJB
    QueuePageService pages;

    private Agent agent;
    private CustomerUser customer;

    @BeforeEach
    void setUp() {
        agent = fixtures.agent("zoom", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.MOVE_INTO)));
        customer = fixtures.customer();
    }

    /** The zoom is one read whose number of statements does not grow with the conversation. */
    @Test
    void zoomReadsTheSameForTwoAndTwentyArticles() throws Exception {
        Ticket small = ticketWithArticles(2);
        Ticket large = ticketWithArticles(20);
        StatementCounter.Counted<TicketZoom> two = As.agent(agent.getLogin(), () -> counter.count(() -> zooms.zoom(small.getId())));
        StatementCounter.Counted<TicketZoom> twenty = As.agent(agent.getLogin(), () -> counter.count(() -> zooms.zoom(large.getId())));
        report("after: zoom, 2 articles: " + two.count() + " statements; 20 articles: " + twenty.count());
        report("after, zoom with 20 articles: " + twenty);

        assertEquals(20, twenty.result().articles().size());
        for (TicketZoom.ArticleView article : twenty.result().articles()) {
            assertEquals(1, article.attachments().size(), article.subject());
            TicketZoom.AttachmentInfo file = article.attachments().get(0);
            assertTrue(file.filename().startsWith("registro-"), file.filename());
            assertEquals("text/plain", file.contentType());
            assertTrue(file.size() > 0);
        }
        // 21 history entries (the new ticket and 20 articles): all on the first page; further pages on demand
        assertEquals(21, twenty.result().history().total());
        assertEquals(21, twenty.result().history().rows().size());
        Page<TicketZoom.HistoryLine> second = As.agent(agent.getLogin(), () -> zooms.history(large.getId(), 5, 5));
        assertEquals(21, second.total());
        assertEquals(twenty.result().history().rows().subList(5, 10), second.rows());
        assertEquals(two.count(), twenty.count(), "statements of the zoom with 2 and with 20 articles:\n" + two + "\n" + twenty);
        assertTrue(twenty.count() <= ZOOM_STATEMENTS, "at most " + ZOOM_STATEMENTS + ": " + twenty);
        for (String statement : twenty.statements()) {
            assertFalse(statement.toLowerCase(java.util.Locale.ROOT).matches("(?s).*select.*\\bcontent\\b.*from attachment.*"),
                    "the zoom never reads attachment content: " + statement);
        }
    }

    /** An action answers with the ticket's new state, also in a number of statements that does not grow with the conversation. */
    @Test
    void anActionReturnsTheNewStateInTheSameStatementsForAnyConversation() throws Exception {
        Ticket small = ticketWithArticles(2);
        Ticket large = ticketWithArticles(20);
        StatementCounter.Counted<TicketZoom> two = As.agent(agent.getLogin(), () -> {
            long version = zooms.zoom(small.getId()).ticket().version();
            return counter.count(() -> zooms.addArticle(small.getId(), version, NewArticle.note("Más", "Otra nota.")))
                    .withoutIdReservation();
        });
        StatementCounter.Counted<TicketZoom> twenty = As.agent(agent.getLogin(), () -> {
            long version = zooms.zoom(large.getId()).ticket().version();
            return counter.count(() -> zooms.addArticle(large.getId(), version, NewArticle.note("Más", "Otra nota.")))
                    .withoutIdReservation();
        });
        report("after: adding a note and reading the new state, 2 articles: " + two.count() + " statements; 20 articles: "
                + twenty.count());
        assertEquals(3, two.result().articles().size());
        assertEquals(21, twenty.result().articles().size());
        assertEquals("Más", twenty.result().articles().get(20).subject());
        TicketZoom again = As.agent(agent.getLogin(), () -> zooms.zoom(large.getId()));
        assertEquals(again.ticket().version(), twenty.result().ticket().version(), "the returned state is the stored one");
        assertEquals(again.history().total(), twenty.result().history().total());
        assertEquals(two.count(), twenty.count(), "statements of the action with 2 and with 20 articles:\n" + two + "\n" + twenty);
    }

    /** The zoom checks visibility once: an agent who may not see the queue gets "not found", as for a missing ticket. */
    @Test
    void theZoomIsNotFoundForAnAgentWhoMayNotSeeTheQueue() {
        Ticket ticket = ticketWithArticles(1);
        Agent outsider = fixtures.agent("zoom-out", Map.of(CONSULTING_GROUP, Set.of(Permission.RW)));
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> zooms.zoom(ticket.getId())));
        assertThrows(NotFoundException.class, () -> As.agent(outsider.getLogin(), () -> zooms.history(ticket.getId(), 0, 10)));
        assertThrows(NotFoundException.class, () -> As.agent(agent.getLogin(), () -> zooms.zoom(987_654_321L)));
        Agent readOnly = fixtures.agent("zoom-ro", Map.of(SUPPORT_GROUP, Set.of(Permission.RO)));
        TicketZoom.Actions allowed = As.agent(readOnly.getLogin(), () -> zooms.zoom(ticket.getId())).allowed();
        assertFalse(allowed.answer() || allowed.note() || allowed.move() || allowed.state() || allowed.owner() || allowed.merge());
        TicketZoom.Actions all = As.agent(agent.getLogin(), () -> zooms.zoom(ticket.getId())).allowed();
        assertTrue(all.answer() && all.note() && all.state() && all.owner() && all.merge() && all.move());
    }

    /** One page of the queue view, as QueueView and its lazy table read it: the same statements for 10 and 50 rows. */
    @Test
    void queuePageReadsTheSameForTenAndFiftyRows() throws Exception {
        openTicketsInN1(50);
        // the open counts are counted once per ticket change and shared (OpenTicketCounts): the first page after
        // the new tickets counts them, the pages measured here share that count
        As.agent(agent.getLogin(), () -> queuePage(10));
        StatementCounter.Counted<List<TicketSummary>> ten = As.agent(agent.getLogin(), () -> counter.count(() -> queuePage(10)));
        StatementCounter.Counted<List<TicketSummary>> fifty = As.agent(agent.getLogin(), () -> counter.count(() -> queuePage(50)));
        report("after: queue view page, 10 rows: " + ten.count() + " statements; 50 rows: " + fifty.count());
        assertEquals(ten.count(), fifty.count(), "statements of a page of 10 and of 50:\n" + ten + "\n" + fifty);
        assertTrue(fifty.count() <= QUEUE_PAGE_STATEMENTS, "at most " + QUEUE_PAGE_STATEMENTS + ": " + fifty);
        report("after, queue page of 50: " + fifty);

        // the one read shows what the separate calls showed
        QueuePage page = As.agent(agent.getLogin(), () -> pages.page());
        assertEquals(As.agent(agent.getLogin(), () -> search.queueOverview()), page.queues());
        assertEquals(As.agent(agent.getLogin(), () -> queues.queuesWith(Permission.MOVE_INTO)).stream().map(q -> q.getId()).toList(),
                page.moveTargets().stream().map(TicketZoom.Choice::id).toList());
        assertEquals(As.agent(agent.getLogin(), () -> catalog.states()).stream().filter(st -> st.getType() != StateType.MERGED)
                .map(TicketState::getId).toList(), page.states().stream().map(TicketState::getId).toList());
        assertEquals(50, As.agent(agent.getLogin(), () -> search.search(TicketQuery.openIn(QUEUE_N1), TicketSort.CREATED, false,
                0, 50)).size());
    }

    /** What QueueView.load() and its lazy table read for one page of {@code rows}. */
    private List<TicketSummary> queuePage(int rows) {
        QueuePage page = pages.page();
        if (page.queues().stream().noneMatch(q -> q.queueId() == QUEUE_N1)) {
            throw new AssertionError("N1 is not in the queue tree: " + page.queues());
        }
        // TicketListModel: PrimeFaces asks count(), then load() for the page
        search.count(TicketQuery.openIn(QUEUE_N1));
        List<TicketSummary> shown = search.search(TicketQuery.openIn(QUEUE_N1), TicketSort.CREATED, false, 0, rows);
        if (shown.size() != rows) {
            throw new AssertionError("expected a full page of " + rows + ", got " + shown.size());
        }
        return shown;
    }

    /** Makes sure N1 holds at least {@code wanted} open tickets, with different customers and owners. */
    private void openTicketsInN1(int wanted) {
        long open = As.agent(agent.getLogin(), () -> search.count(TicketQuery.openIn(QUEUE_N1)));
        Agent other = fixtures.agent("zoom-owner", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        for (long i = open; i < wanted; i++) {
            int priority = 1 + (int) (i % 2); // the seeded rule moves priorities 3 to 5 to N2
            CustomerUser someone = i % 3 == 0 ? fixtures.customer() : customer;
            Agent owner = i % 2 == 0 ? agent : other;
            As.agent(owner.getLogin(), () -> {
                Ticket ticket = tickets.create(Fixtures.phoneTicket(QUEUE_N1, someone.getId(), priority));
                return tickets.lock(ticket.getId(), tickets.get(ticket.getId()).getVersion());
            });
        }
    }

    /** A ticket in N1 whose conversation has {@code count} articles, each with a small attachment. */
    private Ticket ticketWithArticles(int count) {
        return As.agent(agent.getLogin(), () -> {
            NewArticle first = NewArticle.phoneFromCustomer("Sin conexión", "Desde las 9:00 no hay internet.")
                    .withAttachments(List.of(file(0)));
            Ticket ticket = tickets.create(new NewTicket("Sin conexión", QUEUE_N1, null, 2, TYPE_INCIDENT, customer.getId(),
                    null, null, first));
            for (int i = 1; i < count; i++) {
                tickets.addArticle(ticket.getId(), tickets.get(ticket.getId()).getVersion(),
                        NewArticle.note("Nota " + i, "Revisado el router, intento " + i + ".").withAttachments(List.of(file(i))));
            }
            return ticket;
        });
    }

    private static NewAttachment file(int n) {
        return new NewAttachment("registro-" + n + ".txt", "text/plain", ("línea " + n + "\n").repeat(200).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a line to target/zoom-queries.txt (beside the server) and to the server's output. */
    private static void report(String line) throws IOException {
        System.out.println("[zoom-queries] " + line);
        Path file = Paths.get(System.getProperty("jboss.home.dir"), "..", "zoom-queries.txt").normalize();
        Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
