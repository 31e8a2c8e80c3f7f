package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import jakarta.ejb.EJB;

import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.NewCustomerUser;
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

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    CustomerService customers;

    @Test
    @Order(1)
    void aCustomerExists() {
        boolean exists = !As.admin(Fixtures.ADMIN, () -> customers.find(CUSTOMER_LOGIN, 1)).isEmpty();
        if (!exists) {
            As.admin(Fixtures.ADMIN, () -> customers.createCustomer(new NewCustomerUser(CUSTOMER_LOGIN,
                    "e2e.cliente@net7.example", "Elena", "Quispe", null, null)));
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

    private static void scenario(Browser browser, URL base, String title) throws Exception {
        {
            browser.open(base + "agent/index.xhtml");
            browser.type(By.id("login:username"), Fixtures.ADMIN);
            browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
            browser.click(By.id("login:submit"));
            browser.waitForText(By.id("welcome"), "Bienvenido, admin");

            // the customer calls: a new phone ticket in N1
            browser.click(By.id("nav-phone"));
            browser.type(By.id("phone:customer_input"), "e2e.cl");
            browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., 'e2e.cliente@net7.example')]"));
            browser.choose("phone:queue", "Soporte Técnico (N1)");
            browser.choose("phone:priority", "1 muy baja");  // raised to 2 by a bulk action below (3 to 5 go to N2)
            browser.type(By.id("phone:title"), title);
            browser.type(By.id("phone:body"), "No puedo conectarme a la VPN desde esta mañana.");
            browser.click(By.id("phone:create"));
            browser.waitForText(By.id("ticket-title"), title);

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
            for (String entry : List.of("Ticket creado", "Respuesta enviada", "Movido de cola", "Estado cambiado")) {
                browser.find(By.xpath("//td[normalize-space(.)='" + entry + "']"));
            }
            assertTrue(browser.pageSource().contains("Soporte Técnico (N1) → Consultoría TI (N2)"));

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
