package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;

import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.NewCustomerUser;
import org.helpdesk.sla.ServiceCatalog;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The requirements scenario from the agent's side, in a real Chromium: log in, register a phone
 * ticket, find it in "Soporte Técnico (N1)", open it, reply (the new ticket becomes open), escalate
 * it to "Consultoría TI (N2)", close it and find it again in the search. Screenshots of the queue
 * view, the zoom and the search go to target/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgentWorkspaceBrowserIT {

    static final String CUSTOMER_LOGIN = "e2e.cliente";
    static final String SERVICE = "Acceso remoto (VPN)";

    /** In both long titles, to find their rows in the queue view. */
    static final String WIDE_MARKER = "anchodecola";
    /** 200 characters without a space or hyphen: nowhere to wrap but inside a word. */
    static final String TITLE_WITHOUT_SPACES = (WIDE_MARKER + "SinEspaciosNiGuiones0123456789").repeat(10).substring(0, 200);
    /** 200 characters of words. */
    static final String TITLE_WITH_SPACES = (WIDE_MARKER + " un título largo con muchas palabras que describe el problema ")
            .repeat(5).substring(0, 200).trim();

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    CustomerService customers;

    @EJB
    TicketService tickets;

    @EJB
    ServiceCatalog catalog;

    @Test
    @Order(1)
    void aCustomerExists() {
        boolean exists = !As.admin(Fixtures.ADMIN, () -> customers.find(CUSTOMER_LOGIN, 1)).isEmpty();
        if (!exists) {
            As.admin(Fixtures.ADMIN, () -> customers.createCustomer(new NewCustomerUser(CUSTOMER_LOGIN,
                    "e2e.cliente@net7.example", "Elena", "Quispe", null, null)));
        }
        if (As.admin(Fixtures.ADMIN, () -> catalog.services()).stream().noneMatch(s -> s.getName().equals(SERVICE))) {
            As.admin(Fixtures.ADMIN, () -> catalog.createService(SERVICE, null));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void agentWorksATicketFromArrivalToClose(@ArquillianResource URL base) throws Exception {
        String title = Fixtures.unique("Sin acceso a la VPN");
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("agent-workspace", () -> scenario(browser, base, title));
        }
    }

    @Test
    @Order(3)
    void ticketsWithVeryLongTitlesExist() {
        long customer = As.admin(Fixtures.ADMIN, () -> customers.find(CUSTOMER_LOGIN, 1)).get(0).getId();
        for (String title : List.of(TITLE_WITHOUT_SPACES, TITLE_WITH_SPACES)) {
            As.admin(Fixtures.ADMIN, () -> tickets.create(new NewTicket(title, Fixtures.QUEUE_N1, null, 2, Fixtures.TYPE_INCIDENT,
                    customer, null, null, NewArticle.phoneFromCustomer("Título largo", "Un ticket con un título muy largo."))));
        }
    }

    /** The queue view on a 1366-pixel screen: long titles wrap in their column, nothing scrolls sideways. */
    @Test
    @Order(4)
    @RunAsClient
    void queueViewFitsA1366PixelScreen(@ArquillianResource URL base) throws Exception {
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("queue-view-1366", () -> {
                browser.resize(1366, 768);
                browser.open(base + "agent/queues.xhtml?queue=" + Fixtures.QUEUE_N1);
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.waitForText(By.id("queue-name"), "Soporte Técnico (N1)");
                // no lambda may capture a Selenium type: the class is also loaded in the server, without Selenium
                String longRowsXpath = "//tbody[@id='list:tickets_data']/tr[td[contains(., '" + WIDE_MARKER + "')]]";
                browser.waitUntil(() -> browser.findAll(By.xpath(longRowsXpath)).size() >= 2);
                By longRows = By.xpath(longRowsXpath);
                browser.find(By.xpath("//td[normalize-space(.)='" + TITLE_WITHOUT_SPACES + "']"));
                browser.find(By.xpath("//td[normalize-space(.)='" + TITLE_WITH_SPACES + "']"));
                browser.screenshot("queue-view-1366");

                long innerWidth = ((Number) browser.script("return window.innerWidth;")).longValue();
                long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth;")).longValue();
                assertTrue(innerWidth <= 1366, "the window is at most 1366 pixels wide: " + innerWidth);
                assertTrue(scrollWidth <= innerWidth, "the page (" + scrollWidth + " px) fits the window (" + innerWidth + " px)");
                // and the table fits its box: no scroll bar inside it either
                long tableOverflow = ((Number) browser.script(
                        "var w = document.querySelector(\"[id='list:tickets'] .ui-datatable-tablewrapper\");"
                        + " return w.scrollWidth - w.clientWidth;")).longValue();
                assertTrue(tableOverflow <= 1, "the ticket table is wider than its box by " + tableOverflow + " px");
                // the long titles stay inside the window
                for (WebElement row : browser.findAll(longRows)) {
                    double right = ((Number) browser.script("return arguments[0].getBoundingClientRect().right;", row)).doubleValue();
                    assertTrue(right <= innerWidth, "a row ends at " + right + " px, beyond the window");
                }
            });
        }
    }

    /**
     * The dashboard reloads by itself when tickets change: an agent watches it while a colleague (another
     * session) opens a ticket in N1, and the open count of N1 goes up without a reload or a timer.
     */
    @Test
    @Order(5)
    @RunAsClient
    void theDashboardFollowsNewTicketsAsTheyCome(@ArquillianResource URL base) throws Exception {
        try (Browser watching = new Browser(); Browser working = new Browser()) {
            watching.recordOnFailure("dashboard-push", () -> {
                logIn(watching, base + "agent/index.xhtml");
                watching.waitForText(By.id("welcome"), "Bienvenido, admin");
                String n1OpenCount = "//tbody[@id='dashboard:queues_data']/tr[td[contains(., 'Soporte Técnico (N1)')]]/td[2]";
                long before = Long.parseLong(watching.find(By.xpath(n1OpenCount)).getText().trim());

                logIn(working, base + "agent/index.xhtml");
                phoneTicket(working, Fixtures.unique("Pantalla negra"), "No enciende el monitor de la recepción.");

                watching.waitUntil(() -> Long.parseLong(watching.find(By.xpath(n1OpenCount)).getText().trim()) == before + 1);
            });
        }
    }

    /**
     * "Mis colas" in the preferences: the first administrator starts with every queue; a queue taken out
     * stays out after saving (and is put back, as the other tests expect the administrator's bell for N1).
     */
    @Test
    @Order(6)
    @RunAsClient
    void theAgentChoosesMyQueuesInThePreferences(@ArquillianResource URL base) throws Exception {
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("my-queues", () -> {
                logIn(browser, base + "agent/preferences.xhtml");
                browser.waitForText(By.id("preferences"), "Mis colas");
                assertTrue(myQueueTicked(browser, "Soporte Técnico (N1)"));
                assertTrue(myQueueTicked(browser, "Consultoría TI (N2)"));
                browser.screenshot("preferences");

                browser.click(By.xpath(myQueueBox("Consultoría TI (N2)")));
                browser.click(By.id("preferences:save"));
                browser.waitForText(By.id("preferences:messages"), "Cambios guardados");
                browser.open(base + "agent/preferences.xhtml");
                browser.waitForText(By.id("preferences"), "Mis colas");
                assertTrue(myQueueTicked(browser, "Soporte Técnico (N1)"));
                assertFalse(myQueueTicked(browser, "Consultoría TI (N2)"), "N2 was taken out of my queues");

                browser.click(By.xpath(myQueueBox("Consultoría TI (N2)")));
                browser.click(By.id("preferences:save"));
                browser.waitForText(By.id("preferences:messages"), "Cambios guardados");
            });
        }
    }

    /** The check box of a queue under "Mis colas", as an XPath: the class is also loaded in the server, without Selenium. */
    private static String myQueueBox(String queue) {
        return "//*[@id='preferences:my-queues']//div[label[normalize-space(.)='" + queue
                + "']]//div[contains(@class,'ui-chkbox-box')]";
    }

    private static boolean myQueueTicked(Browser browser, String queue) {
        return browser.find(By.xpath(myQueueBox(queue))).getAttribute("class").contains("ui-state-active");
    }

    private static void logIn(Browser browser, String page) {
        browser.open(page);
        browser.type(By.id("login:username"), Fixtures.ADMIN);
        browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
        browser.click(By.id("login:submit"));
    }

    /** The customer calls: a new phone ticket in N1, its zoom open afterwards. */
    private static void phoneTicket(Browser browser, String title, String body) {
        browser.click(By.id("nav-phone"));
        browser.type(By.id("phone:customer_input"), "e2e.cl");
        browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'e2e.cliente@net7.example')]"));
        browser.choose("phone:queue", "Soporte Técnico (N1)");
        browser.choose("phone:priority", "1 muy baja");
        browser.type(By.id("phone:title"), title);
        browser.type(By.id("phone:body"), body);
        browser.click(By.id("phone:create"));
        browser.waitForText(By.id("ticket-title"), title);
    }

    /** Every control of the zoom's side bar sits in a section under that section's heading. */
    private static void sideBarHasAHeadingPerSection(Browser browser) {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put("zoom:newOwner", "Asignación");
        headings.put("zoom:newResponsible", "Asignación");
        headings.put("zoom:target", "Cola, estado, prioridad y tipo");
        headings.put("zoom:newState", "Cola, estado, prioridad y tipo");
        headings.put("zoom:newPriority", "Cola, estado, prioridad y tipo");
        headings.put("zoom:newType", "Cola, estado, prioridad y tipo");
        headings.put("zoom:newTitle", "Título, cliente y servicio");
        headings.put("zoom:newService", "Título, cliente y servicio");
        headings.put("zoom:mergeTarget", "Otras acciones");
        for (Map.Entry<String, String> control : headings.entrySet()) {
            Object heading = browser.script("var section = document.getElementById(arguments[0]).closest('.hd-side-section');"
                    + " return section ? section.querySelector('h3').textContent.trim() : null;", control.getKey());
            assertEquals(control.getValue(), heading, "heading over " + control.getKey());
        }
        long controlsInCustomerTickets = ((Number) browser.script("return document.querySelectorAll("
                + "'#side-customer-tickets input, #side-customer-tickets select, #side-customer-tickets button').length;"))
                .longValue();
        assertEquals(0, controlsInCustomerTickets, "the customer's other tickets hold no controls");
        assertEquals("Otros tickets del cliente",
                browser.find(By.cssSelector("#side-customer-tickets h3")).getText().trim());
    }

    private static void scenario(Browser browser, URL base, String title) throws Exception {
        {
            logIn(browser, base + "agent/index.xhtml");
            browser.waitForText(By.id("welcome"), "Bienvenido, admin");

            // the bell is a PrimeIcons glyph, not an emoji that some systems cannot draw
            WebElement bell = browser.find(By.id("header:bell-link"));
            assertFalse(bell.getText().contains("\uD83D\uDD14"), "no bell emoji: " + bell.getText());
            WebElement bellIcon = browser.find(By.cssSelector("[id='header:bell-link'] i.pi.pi-bell"));
            String bellFont = String.valueOf(browser.script(
                    "return getComputedStyle(arguments[0], '::before').fontFamily;", bellIcon));
            assertTrue(bellFont.contains("primeicons"), "the bell is drawn with the icon font: " + bellFont);

            // the customer calls: a new phone ticket in N1, priority 1 (raised to 2 by a bulk action below; 3 to 5 go to N2)
            phoneTicket(browser, title, "No puedo conectarme a la VPN desde esta mañana.");

            // the queue view lists it
            browser.click(By.id("nav-queues"));
            browser.click(By.xpath("//a[starts-with(normalize-space(.), 'Soporte Técnico (N1)')]"));
            browser.waitForText(By.id("queue-name"), "Soporte Técnico (N1)");
            browser.find(By.xpath("//td[normalize-space(.)='" + title + "']"));
            browser.screenshot("queue-view");
            // the title filter narrows the list down to this ticket
            browser.type(By.xpath("//th[contains(@id,'tickets:') and .//span[normalize-space(.)='Título']]//input"),
                    title.substring(title.lastIndexOf('-') + 1));
            browser.waitForRows(By.xpath("//tbody[@id='list:tickets_data']/tr"), 1);
            // a bulk action on the ticked ticket: priority 2
            browser.click(By.xpath("//tr[td[normalize-space(.)='" + title + "']]//div[contains(@class,'ui-chkbox-box')]"));
            browser.choose("list:bulkPriority", "2 baja");
            browser.click(By.id("list:applyBulk"));
            browser.waitForText(By.id("list:messages"), "Tickets modificados: 1.");
            browser.find(By.xpath("//tr[td[normalize-space(.)='" + title + "']]//span[normalize-space(.)='2 baja']"));
            browser.follow(By.xpath("//tr[td[normalize-space(.)='" + title + "']]//a[contains(@class,'hd-ticket-link')]"));
            browser.waitForText(By.id("ticket-title"), title);

            // reply to the customer: a new ticket becomes open
            browser.type(By.id("zoom:body"), "Reinicie el cliente VPN y vuelva a intentarlo.");
            browser.click(By.id("zoom:send"));
            browser.waitForText(By.id("zoom:messages"), "Respuesta enviada al cliente.");
            browser.waitForText(By.id("state"), "abierto");
            browser.find(By.xpath("//div[contains(@class,'hd-article-body') and contains(., 'Reinicie el cliente VPN')]"));
            browser.screenshot("ticket-zoom");
            sideBarHasAHeadingPerSection(browser);

            // classify it: the service (the title and customer stay as they are)
            browser.choose("zoom:newService", SERVICE);
            browser.click(By.id("zoom:saveDetails"));
            browser.waitForText(By.id("service"), SERVICE);

            // escalate to the consultants
            browser.choose("zoom:target", "Consultoría TI (N2)");
            browser.click(By.id("zoom:move"));
            browser.waitForText(By.id("queue"), "Consultoría TI (N2)");

            // close it
            browser.choose("zoom:newState", "cerrado con éxito");
            browser.click(By.id("zoom:setState"));
            browser.waitForText(By.id("state"), "cerrado con éxito");

            // the history tells the story
            browser.click(By.xpath("//a[normalize-space(.)='Historial']"));
            for (String entry : List.of("Ticket creado", "Respuesta enviada", "Servicio cambiado", "Movido de cola", "Estado cambiado")) {
                browser.find(By.xpath("//td[normalize-space(.)='" + entry + "']"));
            }
            assertTrue(browser.pageSource().contains("Soporte Técnico (N1) → Consultoría TI (N2)"));
            // states and priorities in the reader's language, although the history stores the internal names
            String history = browser.find(By.cssSelector("[id$=':history']")).getText();
            for (String detail : List.of("| 1 muy baja | nuevo", "1 muy baja → 2 baja", "nuevo → abierto",
                    "abierto → cerrado con éxito")) {
                assertTrue(history.contains(detail), "history shows \"" + detail + "\": " + history);
            }
            for (String raw : List.of("new → open", "closed successful", "| 1 | new")) {
                assertFalse(history.contains(raw), "history shows no raw \"" + raw + "\": " + history);
            }

            // the print view shows the ticket and its conversation
            String zoom = browser.currentUrl();
            browser.follow(By.id("zoom:print"));
            browser.find(By.xpath("//h1[contains(., '" + title + "')]"));
            browser.find(By.xpath("//div[@class='body' and contains(., 'Reinicie el cliente VPN')]"));
            browser.open(zoom);

            // and the search finds it, closed, by a word of its title
            browser.click(By.id("nav-search"));
            browser.type(By.id("search:text"), title.substring(title.lastIndexOf('-') + 1));
            browser.click(By.id("search:find"));
            browser.find(By.xpath("//tbody[@id='search:results_data']//td[normalize-space(.)='" + title + "']"));
            browser.find(By.xpath("//tbody[@id='search:results_data']//td[normalize-space(.)='cerrado con éxito']"));
            browser.screenshot("search");
        }
    }
}
