package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.QUEUE_N2;
import static org.helpdesk.it.Fixtures.STATE_CLOSED_SUCCESSFUL;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.search.Snippet;
import org.helpdesk.search.TextAnalyzer;
import org.helpdesk.shared.DatabaseKind;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.SearchBackfill;
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
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The full-text search on the database the tests run on (H2, PostgreSQL or MariaDB; CI runs all
 * three): the same small Spanish corpus and the same expected tickets on each. Every ticket of a
 * test belongs to a customer of its own, so the other tests' tickets never get in the way.
 */
@ExtendWith(ArquillianExtension.class)
class FullTextSearchIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @EJB
    TicketSearchService search;

    @EJB
    SearchBackfill backfill;

    @EJB
    CustomerTicketService portal;

    @Inject
    Fixtures fixtures;

    @Resource(lookup = "java:jboss/datasources/HelpdeskDS")
    DataSource dataSource;

    private Agent agent;
    private CustomerUser customer;
    private TicketQuery mine;

    @BeforeEach
    void setUp() {
        agent = fixtures.agent("texto", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        customer = fixtures.customer();
        mine = TicketQuery.all().withCustomer(customer.getId());
    }

    private Ticket create(long queue, String title, String body) {
        NewTicket command = new NewTicket(title, queue, null, 2, Fixtures.TYPE_INCIDENT, customer.getId(), null, null,
                NewArticle.phoneFromCustomer(title, body));
        return As.agent(agent.getLogin(), () -> tickets.create(command));
    }

    private List<Long> found(String text) {
        return As.agent(agent.getLogin(), () -> search.search(mine.withText(text), TicketSort.RELEVANCE, false, 0, 25))
                .stream().map(TicketSummary::id).toList();
    }

    @Test
    void spanishWordFormsAccentsAndCaseMatch() {
        Ticket printer = create(QUEUE_N1, "No imprime", "La impresora del segundo piso muestra un error de papel.");
        Ticket network = create(QUEUE_N1, "Sin conexión a la red", "Desde las 9 no hay conexión en contabilidad.");
        Ticket password = create(QUEUE_N1, "Cambio de clave", "Olvidé mis contraseñas del correo y de la VPN.");

        assertEquals(List.of(printer.getId()), found("impresoras"));
        assertEquals(List.of(printer.getId()), found("IMPRESORA"));
        assertEquals(List.of(network.getId()), found("conexion"));
        assertEquals(List.of(network.getId()), found("Conexiones"));
        assertEquals(List.of(password.getId()), found("contraseña"));
        assertEquals(List.of(password.getId()), found("vpn"));
        assertEquals(List.of(), found("escáner"));
    }

    @Test
    void everyWordMustBeFoundAndFiltersCombine() {
        Ticket both = create(QUEUE_N1, "Servidor de correo caído", "El servidor no responde.");
        Ticket serverOnly = create(QUEUE_N2, "Servidor de archivos lento", "Las copias tardan horas.");
        create(QUEUE_N1, "Correo rebotado", "Un mensaje no llegó al cliente.");

        assertEquals(List.of(both.getId()), found("correo servidores"));
        assertEquals(Set.of(both.getId(), serverOnly.getId()), Set.copyOf(found("servidor")));
        List<Long> inN2 = As.agent(agent.getLogin(), () -> search.search(mine.withText("servidor").withQueue(QUEUE_N2),
                TicketSort.RELEVANCE, false, 0, 25)).stream().map(TicketSummary::id).toList();
        assertEquals(List.of(serverOnly.getId()), inN2);
        assertEquals(2, As.agent(agent.getLogin(), () -> search.count(mine.withText("servidor"))));
    }

    @Test
    void titleMatchesFirstThenTheNewest() {
        Ticket inBodyOld = create(QUEUE_N1, "Equipo lento", "Después de la actualización el portátil tarda en iniciar.");
        Ticket inTitle = create(QUEUE_N1, "Portátil no enciende", "No prende desde ayer.");
        Ticket inBodyNew = create(QUEUE_N1, "Pantalla parpadea", "El monitor del portátil parpadea.");

        assertEquals(List.of(inTitle.getId(), inBodyNew.getId(), inBodyOld.getId()), found("portatiles"));
        // sorted by a column instead, the column decides
        List<Long> oldestFirst = As.agent(agent.getLogin(), () -> search.search(mine.withText("portátil"), TicketSort.CREATED,
                true, 0, 25)).stream().map(TicketSummary::id).toList();
        assertEquals(List.of(inBodyOld.getId(), inTitle.getId(), inBodyNew.getId()), oldestFirst);
        // pages of the ranked list
        List<Long> second = As.agent(agent.getLogin(), () -> search.search(mine.withText("portátil"), TicketSort.RELEVANCE,
                false, 1, 1)).stream().map(TicketSummary::id).toList();
        assertEquals(List.of(inBodyNew.getId()), second);
    }

    @Test
    void answersAndNotesAreFoundAtOnceAndMarkedInTheSnippet() {
        Ticket ticket = create(QUEUE_N1, "Consulta", "Necesito ayuda.");
        assertEquals(List.of(), found("licencias"));
        Ticket current = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), current.getVersion(),
                NewArticle.note("Diagnóstico", "Faltan dos licencias de Office en el área de ventas.")));

        assertEquals(List.of(ticket.getId()), found("licencia"));
        Snippet snippet = As.agent(agent.getLogin(), () -> search.snippets(List.of(ticket.getId()), "licencia"))
                .get(ticket.getId());
        assertEquals("Faltan dos licencias de Office en el área de ventas.", snippet.text());
        assertEquals(List.of("licencias"), snippet.parts().stream().filter(Snippet.Part::hit).map(Snippet.Part::text).toList());
    }

    @Test
    void customersFindTheirTicketsByWhatTheyReadNeverByAnInternalNote() {
        Ticket ticket = create(QUEUE_N1, "El router reinicia", "Se reinicia cada hora.");
        Ticket current = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), current.getVersion(),
                NewArticle.note("Diagnóstico", "Sospechamos del firmware; el proveedor culpa al cableado.")));

        assertEquals(List.of(ticket.getId()), found("firmware"));
        assertEquals(List.of(ticket.getId()), found("router firmware"), "the title and the note together");
        assertEquals(List.of(ticket.getId()), foundByTheCustomer("routers"));
        assertEquals(List.of(), foundByTheCustomer("firmware"), "a word of a note only");
        assertEquals(List.of(), foundByTheCustomer("router firmware"));
        assertEquals(List.of(), As.customer(customer.getLogin(), () -> portal.search(TicketQuery.all().withText("firmware"),
                TicketSort.RELEVANCE, false, 0, 25)), "nor in the full list of the customer's search");

        // indexed again from the database (after an upgrade of the analyzer), the note stays the agents'
        fixtures.forgetSearchIndex(ticket.getId());
        backfill.walk();
        assertEquals(List.of(ticket.getId()), found("router firmware"));
        assertEquals(List.of(), foundByTheCustomer("firmware"));

        // the same word in an answer to the customer: now the customer reads it
        Ticket noted = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        As.agent(agent.getLogin(), () -> tickets.close(ticket.getId(), noted.getVersion(), STATE_CLOSED_SUCCESSFUL,
                NewArticle.reply("Solución", "Actualizamos el firmware del router.")));
        assertEquals(List.of(ticket.getId()), foundByTheCustomer("firmware"));
        assertEquals(List.of(ticket.getId()), found("firmware cableado"), "counted once although written in both");
    }

    @Test
    void aTicketAnOlderAnalyzerIndexedIsIndexedAgainAlthoughItGotAnArticle() {
        Ticket ticket = create(QUEUE_N1, "Impresora fuera de la red", "No aparece en la red.");
        fixtures.olderSearchIndex(ticket.getId());
        Ticket current = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), current.getVersion(),
                NewArticle.reply("Re: Impresora", "Reemplazaremos el módulo inalámbrico.")));

        assertEquals(TextAnalyzer.VERSION - 1, fixtures.searchIndexVersion(ticket.getId()),
                "an added article does not make the rest of the ticket's entry current");
        backfill.walk();
        assertEquals(TextAnalyzer.VERSION, fixtures.searchIndexVersion(ticket.getId()));
        assertEquals(List.of(ticket.getId()), foundByTheCustomer("impresora inalambrica"));
    }

    @Test
    void aTicketWithoutAWordTheIndexKeepsStillTakesArticles() {
        Ticket ticket = create(QUEUE_N1, "Пароль", "Не работает почта.");
        Ticket current = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        As.agent(agent.getLogin(), () -> tickets.addArticle(ticket.getId(), current.getVersion(),
                NewArticle.reply("Re: Пароль", "Restablecimos su contraseña.")));
        assertEquals(List.of(ticket.getId()), found("restablecimos contraseña"));
    }

    @Test
    void aCustomerIsNotSuggestedASolvedTicketForAWordOfItsNotes() {
        Ticket ticket = create(QUEUE_N1, "Pantalla azul al iniciar", "Aparece una pantalla azul.");
        Ticket current = As.agent(agent.getLogin(), () -> tickets.get(ticket.getId()));
        As.agent(agent.getLogin(), () -> tickets.close(ticket.getId(), current.getVersion(), STATE_CLOSED_SUCCESSFUL,
                NewArticle.note("Causa", "Controlador defectuoso de la tarjeta gráfica.")));

        assertEquals(List.of(ticket.getId()), As.customer(customer.getLogin(), () -> portal.knownSolutions("pantallas azules", 5))
                .stream().map(TicketSummary::id).toList());
        assertEquals(List.of(), As.customer(customer.getLogin(), () -> portal.knownSolutions("controlador gráfico", 5)));
    }

    private List<Long> foundByTheCustomer(String text) {
        return As.customer(customer.getLogin(), () -> portal.search(TicketQuery.all().withText(text), TicketSort.RELEVANCE,
                false, 0, 25)).stream().map(TicketSummary::id).toList();
    }

    @Test
    void agentsFindOnlyTicketsOfTheirQueues() {
        Ticket inN1 = create(QUEUE_N1, "Teclado roto", "El teclado no escribe la letra ñ.");
        Ticket inN2 = create(QUEUE_N2, "Teclado inalámbrico", "Pide un teclado nuevo.");
        Agent tier2Only = fixtures.agent("n2texto", Map.of(CONSULTING_GROUP, Set.of(Permission.RO)));

        List<Long> seen = As.agent(tier2Only.getLogin(), () -> search.search(mine.withText("teclados"), TicketSort.RELEVANCE,
                false, 0, 25)).stream().map(TicketSummary::id).toList();
        assertEquals(List.of(inN2.getId()), seen);
        assertEquals(Set.of(inN2.getId()), As.agent(tier2Only.getLogin(),
                () -> search.snippets(List.of(inN1.getId(), inN2.getId()), "teclado")).keySet());
    }

    @Test
    void mergedArticlesAreFoundInTheTarget() {
        Ticket source = create(QUEUE_N1, "Duplicado", "El proyector de la sala Lima no enciende.");
        Ticket target = create(QUEUE_N1, "Sala de reuniones", "Problemas con la sala.");
        assertEquals(List.of(source.getId()), found("proyector"));

        Ticket current = As.agent(agent.getLogin(), () -> tickets.get(source.getId()));
        As.agent(agent.getLogin(), () -> tickets.merge(source.getId(), current.getVersion(), target.getId()));
        assertEquals(List.of(target.getId()), found("proyectores"));
    }

    @Test
    void ticketsMissingFromTheIndexAreIndexedByTheBackfill() {
        Ticket ticket = create(QUEUE_N1, "Escáner atascado", "El escáner de recepción atasca las hojas.");
        fixtures.forgetSearchIndex(ticket.getId());
        assertEquals(List.of(), found("escaner"));

        backfill.walk();
        assertEquals(List.of(ticket.getId()), found("escaneres"));
    }

    @Test
    void snippetsAreLeftOutWhenNoArticleHoldsTheWords() {
        Ticket ticket = create(QUEUE_N1, "Monitor sin señal", "No hay imagen.");
        assertEquals(List.of(ticket.getId()), found("monitores"));
        assertNull(As.agent(agent.getLogin(), () -> search.snippets(List.of(ticket.getId()), "monitores")).get(ticket.getId()));
        assertTrue(As.agent(agent.getLogin(), () -> search.snippets(List.of(ticket.getId()), "imagen")).containsKey(ticket.getId()));
    }

    /**
     * A search held up behind another session's lock on the index runs past the time limit. H2's readers never wait
     * for a lock, and a test's data is too small to make its search run long otherwise.
     */
    @Test
    @DisabledIfEnvironmentVariable(named = "HELPDESK_DB_DRIVER", matches = "h2", disabledReason = "H2's readers never wait for locks")
    void aSearchTheDatabaseStopsForRunningTooLongAsksForANarrowerOne() throws Exception {
        DatabaseKind kind = DatabaseKind.of(dataSource);
        create(QUEUE_N1, "Teclado sin respuesta", "Las teclas no responden.");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread holder = new Thread(() -> {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                connection.setAutoCommit(false);
                statement.execute(kind == DatabaseKind.POSTGRESQL ? "LOCK TABLE ticket_search IN ACCESS EXCLUSIVE MODE"
                        : "LOCK TABLES ticket_search WRITE");
                locked.countDown();
                release.await(60, TimeUnit.SECONDS);
                if (kind == DatabaseKind.MARIADB) {
                    statement.execute("UNLOCK TABLES");
                }
                connection.rollback();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        holder.start();
        try {
            assertTrue(locked.await(30, TimeUnit.SECONDS));
            ValidationException stopped = assertThrows(ValidationException.class, () -> found("teclados"));
            assertTrue(stopped.hasErrorOn("text"));
            assertEquals("search.tooLong", stopped.getErrors().get(0).messageKey());
        } finally {
            release.countDown();
            holder.join(30_000);
        }
        // nothing is left broken: once the lock is gone the same search answers
        assertEquals(1, found("teclados").size());
    }
}
