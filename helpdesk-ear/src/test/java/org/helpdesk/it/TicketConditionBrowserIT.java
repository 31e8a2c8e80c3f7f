package org.helpdesk.it;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Escalation rules and notifications choose their tickets with the same editor (queue, priority
 * range, type): the administrator fills it in on both pages in a real Chromium, and finds it as
 * saved when editing again. Both are saved switched off, so that no other test sees them act.
 */
@ExtendWith(ArquillianExtension.class)
class TicketConditionBrowserIT {

    static final String RULE = Fixtures.unique("Condición");
    static final String NOTIFICATION = Fixtures.unique("Aviso condición");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Test
    @RunAsClient
    void theAdministratorGivesARuleAndANotificationTheSameKindOfCondition(@ArquillianResource URL base) throws Exception {
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("ticket-condition", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));

                browser.click(By.id("nav-admin"));
                browser.click(By.id("escalation"));
                browser.click(By.id("rules:new"));
                browser.type(By.id("rules:name"), RULE);
                browser.type(By.id("rules:position"), "0");
                browser.choose("rules:queue", "Soporte Técnico (N1)");
                browser.type(By.id("rules:minPriority"), "4");
                browser.type(By.id("rules:maxPriority"), "5");
                browser.choose("rules:type", "Problema");
                browser.choose("rules:moveTo", "Consultoría TI (N2)");
                browser.click(By.xpath("//div[@id='rules:valid']//div[contains(@class,'ui-chkbox-box')]"));
                browser.click(By.id("rules:save"));
                browser.waitForText(By.id("rules:messages"), "Cambios guardados.");
                String rule = "//form[@id='rules']//tr[td[normalize-space(.)='" + RULE + "']]";
                browser.find(By.xpath(rule + "/td[normalize-space(.)='4–5']"));
                browser.click(By.xpath(rule + "//button[contains(@id,':edit')]"));
                browser.waitForValue(By.id("rules:maxPriority"), "5");
                browser.waitForText(By.id("rules:queue_label"), "Soporte Técnico (N1)");
                browser.waitForText(By.id("rules:type_label"), "Problema");
                browser.screenshot("admin-escalation-rule-condition");

                browser.click(By.id("nav-admin"));
                browser.click(By.id("notifications"));
                browser.click(By.id("notifications:new"));
                browser.type(By.id("notifications:name"), NOTIFICATION);
                browser.choose("notifications:queue", "Soporte Técnico (N1)");
                browser.type(By.id("notifications:minPriority"), "2");
                browser.type(By.id("notifications:maxPriority"), "3");
                browser.choose("notifications:type", "Incidente");
                browser.click(By.xpath("//div[@id='notifications:valid']//div[contains(@class,'ui-chkbox-box')]"));
                browser.type(By.id("notifications:subjectEs"), "Ticket {{ticket.number}}");
                browser.type(By.id("notifications:bodyEs"), "Hola {{recipient.name}}");
                browser.type(By.id("notifications:subjectEn"), "Ticket {{ticket.number}}");
                browser.type(By.id("notifications:bodyEn"), "Hello {{recipient.name}}");
                browser.click(By.id("notifications:save"));
                browser.waitForText(By.id("notifications:messages"), "Cambios guardados.");
                browser.click(By.xpath("//form[@id='notifications']//tr[td[normalize-space(.)='" + NOTIFICATION
                        + "']]//button[contains(@id,':edit')]"));
                browser.waitForValue(By.id("notifications:minPriority"), "2");
                browser.waitForValue(By.id("notifications:maxPriority"), "3");
                browser.waitForText(By.id("notifications:queue_label"), "Soporte Técnico (N1)");
                browser.waitForText(By.id("notifications:type_label"), "Incidente");
                browser.screenshot("admin-notification-condition");
            });
        }
    }
}
