package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.util.List;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator sets up a new team in a real Chromium, as sections 3.2.6–3.2.7 of the
 * requirements do: a group, a queue in it, and an agent with rw on the group, all from the admin
 * screens. The agent logs in and sees that queue and no other; the audit log shows who did it.
 */
@ExtendWith(ArquillianExtension.class)
class AdminSetupBrowserIT {

    static final String GROUP = Fixtures.unique("infra");
    static final String QUEUE = Fixtures.unique("Infraestructura");
    static final String LOGIN = Fixtures.unique("jperez");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Test
    @RunAsClient
    void theAdministratorSetsUpAQueueAndAnAgentWhoSeesOnlyThatQueue(@ArquillianResource URL base) throws Exception {
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("admin-setup", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-admin"));

                browser.click(By.id("groups"));
                browser.click(By.id("groups:new"));
                browser.type(By.id("groups:name"), GROUP);
                browser.click(By.id("groups:save"));
                browser.waitForText(By.id("groups:messages"), "Cambios guardados.");

                browser.click(By.id("nav-admin"));
                browser.click(By.id("queues"));
                browser.click(By.id("queues:new"));
                browser.click(By.id("queues:save"));
                // nothing typed: the admin is told in Spanish what is missing, nothing is saved
                browser.waitForText(By.id("queues:messages"), "Nombre: es obligatorio.");
                browser.type(By.id("queues:name"), QUEUE);
                browser.choose("queues:group", GROUP);
                browser.type(By.id("queues:tier"), "2");
                browser.click(By.id("queues:save"));
                browser.waitForText(By.id("queues:messages"), "Cambios guardados.");
                browser.find(By.xpath("//td[normalize-space(.)='" + QUEUE + "']"));
                browser.screenshot("admin-queues");

                browser.click(By.id("nav-admin"));
                browser.click(By.id("agents"));
                browser.click(By.id("agents:new"));
                browser.type(By.id("agents:login"), LOGIN);
                browser.type(By.id("agents:firstName"), "Juan");
                browser.type(By.id("agents:lastName"), "Pérez");
                browser.type(By.id("agents:email"), LOGIN + "@desk.example");
                browser.type(By.id("agents:password"), "juan-password-1");
                browser.click(By.xpath("//tr[@data-group='" + GROUP + "']//input[contains(@class,'perm-RW')]"));
                browser.screenshot("admin-agent-permissions");
                browser.click(By.id("agents:save"));
                browser.waitForText(By.id("agents:messages"), "Cambios guardados.");

                browser.click(By.id("nav-admin"));
                browser.click(By.id("audit"));
                browser.find(By.xpath("//tr[td[normalize-space(.)='Agente «" + LOGIN + "»']]/td[contains(., 'permissions["
                        + GROUP + "]')]"));
                browser.screenshot("admin-audit");

                browser.click(By.id("header:logout"));
                // the logout has ended the session before the next page is asked for
                browser.find(By.id("login:username"));
                browser.open(base + "agent/queues.xhtml");
                browser.type(By.id("login:username"), LOGIN);
                browser.type(By.id("login:password"), "juan-password-1");
                browser.click(By.id("login:submit"));
                browser.waitForText(By.cssSelector(".hd-queue-tree"), QUEUE);
                List<String> queues = browser.findAll(By.cssSelector(".hd-queue-tree li a")).stream().map(WebElement::getText).toList();
                assertEquals(List.of(QUEUE + " (0)"), queues);
            });
        }
    }
}
