package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The acceptance scenario of the requirements document (section 3.3), across both sides, in two
 * real Chromium windows: the customer registers and confirms the account from the e-mail, creates
 * a ticket in the portal, the agent finds it in "Soporte Técnico (N1)" and answers (the ticket
 * becomes open), the customer reads the answer, the agent escalates it to "Consultoría TI (N2)"
 * and closes it, and the customer sees it closed.
 */
@ExtendWith(ArquillianExtension.class)
class RequirementsScenarioBrowserIT {

    static final String CUSTOMER_PASSWORD = "portal-password-1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Test
    @RunAsClient
    void fromTheCustomersReportToTheClosedTicket(@ArquillianResource URL base) throws Exception {
        String subject = Fixtures.unique("No funciona el correo");
        String email = Fixtures.unique("rosa") + "@net7.example";
        try (Browser customer = new Browser(); Browser agent = new Browser()) {
            customer.recordOnFailure("scenario-customer", () -> agent.recordOnFailure("scenario-agent", () -> {
                // 3.2.8: the customer registers and confirms the account with the link mailed to them
                customer.open(base + "customer/index.xhtml");
                customer.click(By.id("register"));
                customer.type(By.id("register:firstName"), "Rosa");
                customer.type(By.id("register:lastName"), "Huamán");
                customer.type(By.id("register:email"), email);
                customer.type(By.id("register:company"), "NET7 Perú S.A.C.");
                customer.type(By.id("register:password"), CUSTOMER_PASSWORD);
                customer.click(By.id("register:submit"));
                customer.waitForText(By.id("register:messages"), "Le enviamos un correo");
                String mail = awaitMail(base, email);
                Matcher link = Pattern.compile("https?://\\S+").matcher(mail);
                assertTrue(link.find(), mail);
                customer.open(link.group());
                customer.waitForText(By.id("messages"), "Su cuenta está activa");
                customer.click(By.id("login"));

                // the agent is at work in the queue view while the customer writes
                agent.open(base + "agent/queues.xhtml?queue=" + Fixtures.QUEUE_N1);
                agent.type(By.id("login:username"), Fixtures.ADMIN);
                agent.type(By.id("login:password"), System.getProperty("it.admin.password"));
                agent.click(By.id("login:submit"));
                agent.waitForText(By.id("queue-name"), "Soporte Técnico (N1)");
                // the other tests ring the administrator's bell too, and it counts only up to "99+": it starts empty
                agent.open(base + "agent/notifications.xhtml");
                agent.click(By.id("bell-list:readAll"));
                agent.waitUntil(() -> agent.bellCount() == 0);
                agent.open(base + "agent/queues.xhtml?queue=" + Fixtures.QUEUE_N1);
                agent.waitForText(By.id("queue-name"), "Soporte Técnico (N1)");
                int unread = agent.bellCount();

                // 3.3.1-3.3.2: the customer creates the ticket, and it is registered
                customer.type(By.id("login:username"), email);
                customer.type(By.id("login:password"), CUSTOMER_PASSWORD);
                customer.click(By.id("login:submit"));
                // greeted by name, not by the login (their e-mail address)
                customer.waitForText(By.id("welcome"), "Bienvenido, Rosa Huamán");
                assertFalse(customer.find(By.id("welcome")).getText().contains(email), "the welcome shows the name, not the login");
                customer.waitForText(By.id("header:user-name"), "Rosa Huamán");
                assertFalse(customer.find(By.id("header:user-name")).getText().contains(email), "the header shows the name");
                customer.click(By.id("nav-new"));
                customer.choose("new:type", "Incidente");
                customer.choose("new:queue", "Soporte Técnico (N1)");
                // low impact, medium urgency: priority 2, first-line support (3 to 5 would go straight to N2)
                customer.choose("new:impact", "bajo");
                customer.choose("new:urgency", "medio");
                customer.waitForText(By.id("new:priority"), "2 baja");
                customer.type(By.id("new:subject"), subject);
                customer.type(By.id("new:body"), "Desde esta mañana no puedo enviar ni recibir correos.");
                Path error = Files.createTempFile("error-outlook", ".txt");
                Files.writeString(error, "0x800CCC0E: no se puede conectar al servidor");
                customer.find(By.xpath("//form[@id='new']//input[@type='file']")).sendKeys(error.toString());
                customer.screenshot("portal-new-ticket");
                customer.click(By.id("new:create"));
                customer.waitForText(By.id("ticket:messages"), "registrado");
                customer.waitForText(By.id("state"), "nuevo");

                // the agent's bell rings without reloading the page (pushed over the web socket)
                agent.waitUntil(() -> agent.bellCount() > unread);

                // 3.3.3-3.3.6: the agent sees it in the N1 queue and opens it
                agent.open(base + "agent/queues.xhtml?queue=" + Fixtures.QUEUE_N1);
                agent.waitForText(By.id("queue-name"), "Soporte Técnico (N1)");
                agent.follow(By.xpath("//tr[td[normalize-space(.)='" + subject + "']]//a[contains(@class,'hd-ticket-link')]"));
                agent.waitForText(By.id("ticket-title"), subject);
                agent.find(By.xpath("//a[contains(@class,'hd-attachment') and contains(., 'error-outlook')]"));

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

                // and the portal works on a phone: nothing needs scrolling sideways
                customer.resize(390, 844);
                customer.open(base + "customer/index.xhtml?show=ALL");
                customer.find(By.xpath("//td[contains(., '" + subject + "')]"));
                assertFalse(customer.overflowsSideways(), "my tickets fit a phone's width");
                customer.screenshot("portal-phone");
                customer.click(By.id("nav-new"));
                customer.find(By.id("new:subject"));
                assertFalse(customer.overflowsSideways(), "the new ticket form fits a phone's width");
            }));
        }
    }

    /** The newest mail for the address, read from the test SMTP server as the customer reads their inbox. */
    private static String awaitMail(URL base, String to) throws Exception {
        WebClient inbox = new WebClient();
        URI mailbox = URI.create(base + "it/mail?to=" + URLEncoder.encode(to, StandardCharsets.UTF_8));
        return Await.result("mail for " + to, () -> {
            HttpResponse<String> mail = inbox.get(mailbox);
            return mail.statusCode() == 200 ? Optional.of(mail.body()) : Optional.empty();
        }, 30);
    }
}
