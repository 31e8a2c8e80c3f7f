package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.TYPE_INCIDENT;

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
import org.helpdesk.article.Article;
import org.helpdesk.article.Attachment;
import org.helpdesk.article.NewArticle;
import org.helpdesk.article.NewAttachment;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.Screen;
import org.helpdesk.queue.QueueService;
import org.helpdesk.template.ResponseTemplate;
import org.helpdesk.template.TemplateService;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCatalog;
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

/**
 * How many SQL statements the agent's ticket zoom and one page of the queue view send, counted
 * with {@link StatementCounter}. For now it measures and writes the numbers to
 * target/zoom-queries.txt; it asserts nothing yet.
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
    TemplateService templates;

    @EJB
    DynamicFieldService fieldService;

    @EJB
    TicketSearchService search;

    @EJB
    QueueService queues;

    @Inject
    Fixtures fixtures;

    @Inject
    StatementCounter counter;

    private Agent agent;
    private CustomerUser customer;

    @BeforeEach
    void setUp() {
        agent = fixtures.agent("zoom", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.MOVE_INTO)));
        customer = fixtures.customer();
    }

    /** The zoom as TicketZoomView.load() reads it: twelve service calls, then the page's lazy loading. */
    @Test
    void zoomAsTheViewReadItBefore() throws Exception {
        Ticket small = ticketWithArticles(2);
        Ticket large = ticketWithArticles(20);
        int forSmall = As.agent(agent.getLogin(), () -> counter.count(() -> oldZoom(small.getId()))).count();
        StatementCounter.Counted<Object> large20 = As.agent(agent.getLogin(), () -> counter.count(() -> oldZoom(large.getId())));
        report("before: zoom (12 service calls and the page's lazy loading), 2 articles: " + forSmall
                + " statements; 20 articles: " + large20.count());
        report("before, zoom with 20 articles: " + large20);
    }

    private Object oldZoom(long id) {
        Ticket ticket = tickets.get(id);
        List<Article> articles = tickets.articles(id);
        tickets.history(id);
        tickets.moveTargets(id);
        tickets.possibleOwners(id);
        catalog.states();
        catalog.types();
        templates.valid(ResponseTemplate.class);
        fieldService.shown(Screen.ZOOM);
        fieldService.input(id);
        fieldService.values(id);
        search.search(TicketQuery.all().withCustomer(ticket.getCustomer().getId()), TicketSort.CREATED, false, 0, 6);
        // what ticket.xhtml reads from the articles: their attachments and the HTML body
        long bytes = 0;
        for (Article article : articles) {
            article.getSafeHtml();
            for (Attachment file : article.getAttachments()) {
                bytes += file.getSize() + file.getFilename().length();
            }
        }
        return bytes;
    }

    /** One page of the queue view as QueueView.load() and its lazy table read it. */
    @Test
    void queuePageAsTheViewReadItBefore() throws Exception {
        openTicketsInN1(50);
        int forTen = As.agent(agent.getLogin(), () -> counter.count(() -> oldQueuePage(10))).count();
        StatementCounter.Counted<Object> fifty = As.agent(agent.getLogin(), () -> counter.count(() -> oldQueuePage(50)));
        report("before: queue view page (overview, table count and page, bulk menus), 10 rows: " + forTen
                + " statements; 50 rows: " + fifty.count());
        report("before, queue page of 50: " + fifty);
    }

    private Object oldQueuePage(int rows) {
        search.queueOverview();
        // TicketListModel: PrimeFaces asks count() (a page of one), then load() for the page
        search.search(TicketQuery.openIn(QUEUE_N1), TicketSort.CREATED, false, 0, 1);
        List<TicketSummary> page = search.search(TicketQuery.openIn(QUEUE_N1), TicketSort.CREATED, false, 0, rows).rows();
        queues.queuesWith(Permission.MOVE_INTO);
        catalog.states();
        if (page.size() != rows) {
            throw new AssertionError("expected a full page of " + rows + ", got " + page.size());
        }
        return page;
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
