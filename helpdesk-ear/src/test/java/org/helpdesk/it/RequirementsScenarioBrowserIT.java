package org.helpdesk.it;

import java.net.URL;

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
 * The acceptance scenario of the requirements document (section 3.3), across both sides, in two
 * real Chromium windows: the customer creates a ticket in the portal, the agent finds it in
 * "Soporte Técnico (N1)" and answers (the ticket becomes open), the customer reads the answer,
 * the agent escalates it to "Consultoría TI (N2)" and closes it, and the customer sees it closed.
 * (Self-registration comes with the e-mail channel; here the customer account is created by the
 * administrator, as section 3.2.8 does.)
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequirementsScenarioBrowserIT {

    static final String CUSTOMER = "e2e.portal";
    static final String CUSTOMER_PASSWORD = "portal-password-1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    CustomerService customers;

    @Test
    @Order(1)
    void theCustomerHasAnAccount() {
        if (As.admin(Fixtures.ADMIN, () -> customers.find(CUSTOMER, 1)).isEmpty()) {
            As.admin(Fixtures.ADMIN, () -> customers.createCustomer(new NewCustomerUser(CUSTOMER, "e2e.portal@net7.example",
                    "Rosa", "Huamán", null, CUSTOMER_PASSWORD)));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void fromTheCustomersReportToTheClosedTicket(@ArquillianResource URL base) throws Exception {
        String subject = Fixtures.unique("No funciona el correo");
        try (Browser customer = new Browser(); Browser agent = new Browser()) {
            customer.recordOnFailure("scenario-customer", () -> agent.recordOnFailure("scenario-agent", () -> {
                // 3.3.1-3.3.2: the customer creates the ticket, and it is registered
                customer.open(base + "customer/index.xhtml");
                customer.type(By.id("login:username"), CUSTOMER);
                customer.type(By.id("login:password"), CUSTOMER_PASSWORD);
                customer.click(By.id("login:submit"));
                customer.waitForText(By.id("welcome"), "Bienvenido, " + CUSTOMER);
                customer.click(By.id("nav-new"));
                customer.choose("new:type", "Incidente");
                customer.choose("new:queue", "Soporte Técnico (N1)");
                customer.choose("new:impact", "alto");
                customer.choose("new:urgency", "alto");
                customer.waitForText(By.id("new:priority"), "5 muy alta");
                customer.type(By.id("new:subject"), subject);
                customer.type(By.id("new:body"), "Desde esta mañana no puedo enviar ni recibir correos.");
                customer.screenshot("portal-new-ticket");
                customer.click(By.id("new:create"));
                customer.waitForText(By.id("ticket:messages"), "registrado");
                customer.waitForText(By.id("state"), "nuevo");

                // 3.3.3-3.3.6: the agent sees it in the N1 queue and opens it
                agent.open(base + "agent/queues.xhtml");
                agent.type(By.id("login:username"), Fixtures.ADMIN);
                agent.type(By.id("login:password"), System.getProperty("it.admin.password"));
                agent.click(By.id("login:submit"));
                agent.waitForText(By.id("queue-name"), "Soporte Técnico (N1)");
                agent.click(By.xpath("//tr[td[normalize-space(.)='" + subject + "']]//a[contains(@class,'hd-ticket-link')]"));
                agent.waitForText(By.id("ticket-title"), subject);

                // 3.3.7: the agent answers; the ticket is open
                agent.type(By.id("zoom:body"), "Hemos restablecido su buzón. Intente de nuevo, por favor.");
                agent.click(By.id("zoom:send"));
                agent.waitForText(By.id("zoom:messages"), "Respuesta enviada al cliente.");
                agent.waitForText(By.id("state"), "abierto");

                // 3.3.8-3.3.9: the customer reads the answer
                customer.open(customer.currentUrl());
                customer.find(By.xpath("//div[contains(@class,'hd-article-body') and contains(., 'Hemos restablecido su buzón')]"));
                customer.waitForText(By.id("state"), "abierto");

                // 3.3.10: the agent escalates it from N1 to N2
                agent.choose("zoom:target", "Consultoría TI (N2)");
                agent.click(By.id("zoom:move"));
                agent.waitForText(By.id("queue"), "Consultoría TI (N2)");

                // 3.3.11: the agent closes it
                agent.choose("zoom:newState", "cerrado con éxito");
                agent.click(By.id("zoom:setState"));
                agent.waitForText(By.id("state"), "cerrado con éxito");

                // 3.3.12: the customer sees it closed
                customer.open(customer.currentUrl());
                customer.waitForText(By.id("state"), "cerrado con éxito");
                customer.screenshot("portal-ticket");
                customer.open(base + "customer/index.xhtml?show=CLOSED");
                customer.find(By.xpath("//td[contains(., '" + subject + "')]"));
                customer.screenshot("portal-my-tickets");
            }));
        }
    }
}
