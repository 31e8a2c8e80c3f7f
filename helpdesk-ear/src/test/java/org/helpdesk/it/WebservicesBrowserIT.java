package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import jakarta.ejb.EJB;

import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.api.mapping.ApiMapping.Kind;
import org.helpdesk.api.mapping.ApiMappingForm;
import org.helpdesk.api.mapping.MappingService;
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
 * The web services' mappings in a real Chromium: the administrator gives the REST web service's responses a
 * simple mapping (a wrong line refused in Spanish), tries it on a sample in the console and sees the result,
 * and finds it listed; the mapping is then put away for the other tests.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebservicesBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    MappingService mappings;

    @Test
    @Order(1)
    @RunAsClient
    void theAdministratorMapsAndTriesAWebServicesResponses(@ArquillianResource URL base) throws Exception {
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("webservices", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-admin"));
                browser.click(By.id("webservices"));
                // the rows: REST request, REST response, SOAP request, SOAP response
                browser.click(By.id("webservices:mappings:1:edit"));
                browser.click(By.xpath("//label[normalize-space(.)='Simple (claves y valores)']"));
                browser.waitUntil(() -> !browser.findAll(By.id("webservices:keyMap")).isEmpty());
                browser.type(By.id("webservices:keyMap"), "TicketNumber");
                browser.click(By.id("webservices:save"));
                browser.waitForText(By.id("webservices:messages"), "Claves: la línea 1 no tiene la forma «origen = destino».");
                browser.type(By.id("webservices:keyMap"), "TicketNumber = NumeroTicket");
                browser.type(By.id("webservices:valueMap"), "State: closed successful = cerrado");

                browser.type(By.id("webservices:sample"), "{\"TicketID\":\"7\",\"TicketNumber\":\"2026120610000071\",\"State\":\"closed successful\"}");
                browser.click(By.id("webservices:test"));
                browser.waitForText(By.id("result"), "\"NumeroTicket\": \"2026120610000071\"");
                browser.waitForText(By.id("result"), "\"State\": \"cerrado\"");
                browser.screenshot("admin-webservices");

                browser.click(By.id("webservices:save"));
                browser.waitForText(By.id("webservices:messages"), "Cambios guardados.");
                browser.find(By.xpath("//tbody[contains(@id,'mappings_data')]/tr[2]/td[normalize-space(.)='Simple (claves y valores)']"));
            });
        }
    }

    @Test
    @Order(2)
    void theMappingIsStoredAndPutAway() {
        ApiMappingForm stored = As.admin(Fixtures.ADMIN, () -> mappings.all()).stream()
                .filter(m -> m.webservice().equals("GenericTicketConnectorREST") && m.direction() == Direction.RESPONSE).findFirst().orElseThrow();
        assertEquals(Kind.SIMPLE, stored.kind());
        assertEquals("TicketNumber = NumeroTicket", stored.keyMap());
        As.admin(Fixtures.ADMIN, () -> {
            mappings.save(new ApiMappingForm(stored.webservice(), stored.direction(), stored.version(), Kind.NONE, null, null, null));
            return null;
        });
    }
}
