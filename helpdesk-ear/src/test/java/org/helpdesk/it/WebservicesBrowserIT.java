package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.ejb.EJB;

import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.api.mapping.ApiMapping.Kind;
import org.helpdesk.api.mapping.ApiMappingForm;
import org.helpdesk.api.mapping.MappingService;
import org.helpdesk.api.webhook.WebhookForm;
import org.helpdesk.api.webhook.WebhookService;
import org.helpdesk.customer.CustomerAdminService;
import org.helpdesk.customer.CustomerForm;
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
 * and finds it listed; then adds a web hook (a wrong URL refused in Spanish, the generated secret shown once),
 * a ticket created through the API calls it, and its delivery shows as delivered in the log. Both are put
 * away for the other tests. Last, an API token is created (an unknown login refused in Spanish), shown once,
 * listed by its first characters and revoked.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebservicesBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    // fixed names: the client and the server side of the test must agree on them
    static final String WEBHOOK = "Monitor de red (navegador)";
    static final String CUSTOMER = "e2e.webhook";

    @EJB
    MappingService mappings;

    @EJB
    WebhookService webhooks;

    @EJB
    CustomerAdminService customers;

    @Test
    @Order(0)
    void aCustomerExists() {
        if (As.admin(Fixtures.ADMIN, () -> customers.customers(CUSTOMER, 0, 1)).total() == 0) {
            As.admin(Fixtures.ADMIN, () -> customers.saveCustomer(new CustomerForm(null, 0, CUSTOMER, CUSTOMER + "@telco.example",
                    "Rosa", "Quispe", null, null, "es", false, null, true)));
        }
        // an earlier run's web hook steps aside, so that the browser can add it again
        As.admin(Fixtures.ADMIN, () -> webhooks.list(0, 500)).rows().stream().filter(w -> w.getName().equals(WEBHOOK)).findFirst()
                .ifPresent(old -> As.admin(Fixtures.ADMIN, () -> {
                    WebhookForm form = webhooks.form(old.getId());
                    return webhooks.save(new WebhookForm(form.id(), form.version(), Fixtures.unique("Monitor anterior"), false, form.events(),
                            form.condition(), form.method(), form.url(), form.headers(), form.payload(), null));
                }));
    }

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
                browser.waitForText(By.id("webservices:messages"), "Claves: la línea 1 no tiene la forma «origen = destino», con nombres de letras, dígitos, _ . y -.");
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
    @Order(3)
    @RunAsClient
    void theAdministratorAddsAWebHookAndSeesItDelivered(@ArquillianResource URL base) throws Exception {
        try (Browser browser = new Browser(); TestHttpReceiver receiver = new TestHttpReceiver(200)) {
            browser.recordOnFailure("webhooks", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-admin"));
                browser.click(By.id("webhooks"));
                browser.click(By.id("webhooks:new"));
                browser.type(By.id("webhooks:name"), WEBHOOK);
                browser.type(By.id("webhooks:url"), "ftp://monitor.example/");
                browser.click(By.id("webhooks:save"));
                browser.waitForText(By.id("webhooks:messages"), "URL: debe ser una dirección http:// o https://.");
                browser.type(By.id("webhooks:url"), receiver.url("/monitor"));
                browser.type(By.id("webhooks:headers"), "Authorization: Bearer token-del-monitor");
                browser.click(By.id("webhooks:save"));
                browser.waitForText(By.id("webhooks:messages"), "Secreto del web hook (cópielo ahora, no se volverá a mostrar):");

                // a ticket created through the API sets it off
                String api = base + "api/otrs/Webservice/GenericTicketConnectorREST/Ticket";
                String body = """
                        {"UserLogin": "%s", "Password": "%s",
                         "Ticket": {"Title": "Enlace caído en sede Surco", "QueueID": 1, "State": "new", "PriorityID": 2,
                                    "Type": "Incident", "CustomerUser": "%s"},
                         "Article": {"Subject": "Enlace caído", "Body": "Sin enlace desde las 7:00.", "ContentType": "text/plain"}}
                        """.formatted(Fixtures.ADMIN, System.getProperty("it.admin.password"), CUSTOMER);
                HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(api))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, java.nio.charset.StandardCharsets.UTF_8)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(created.body().contains("TicketNumber"), created.body());
                Await.until("the web hook's call", () -> !receiver.requests().isEmpty(), 30);
                assertEquals("Bearer token-del-monitor", receiver.requests().get(0).headers().get("authorization"));

                browser.open(base + "admin/webhooks.xhtml");
                browser.find(By.xpath("//tbody[contains(@id,'deliveries_data')]/tr[td[normalize-space(.)='" + WEBHOOK
                        + "'] and td[normalize-space(.)='Entregada']]"));
                browser.script("document.getElementById('webhooks:deliveries').scrollIntoView()");
                browser.screenshot("admin-webhooks");
            });
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void theAdministratorCreatesAndRevokesAnApiToken(@ArquillianResource URL base) throws Exception {
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("api-tokens", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-admin"));
                browser.click(By.id("api-tokens"));
                browser.type(By.id("tokens:name"), "Monitoreo Zabbix");
                browser.type(By.id("tokens:login"), "nadie-con-este-login");
                browser.click(By.id("tokens:create"));
                browser.waitForText(By.id("tokens:messages"), "no hay una cuenta activa «nadie-con-este-login» de ese tipo.");
                browser.type(By.id("tokens:login"), Fixtures.ADMIN);
                browser.click(By.id("tokens:create"));
                browser.waitForText(By.id("token"), "hd_");
                String token = browser.find(By.id("token")).getText().trim();
                browser.find(By.xpath("//tbody[contains(@id,'list_data')]/tr[td[normalize-space(.)='Monitoreo Zabbix'] and td[normalize-space(.)='"
                        + token.substring(0, 10) + "…'] and td[normalize-space(.)='Activo']]"));
                browser.screenshot("admin-api-tokens");
                browser.click(By.xpath("//tbody[contains(@id,'list_data')]/tr[td[normalize-space(.)='" + token.substring(0, 10)
                        + "…']]//button[contains(@id,'revoke')]"));
                browser.waitForText(By.id("tokens:messages"), "Token revocado.");
                browser.find(By.xpath("//tbody[contains(@id,'list_data')]/tr[td[normalize-space(.)='" + token.substring(0, 10)
                        + "…'] and td[normalize-space(.)='Revocado']]"));
            });
        }
    }

    @Test
    @Order(4)
    void theWebHookIsPutAway() {
        long id = As.admin(Fixtures.ADMIN, () -> webhooks.list(0, 500)).rows().stream().filter(w -> w.getName().equals(WEBHOOK))
                .findFirst().orElseThrow().getId();
        As.admin(Fixtures.ADMIN, () -> {
            WebhookForm form = webhooks.form(id);
            return webhooks.save(form.withValid(false));
        });
    }

    @Test
    @Order(2)
    void theMappingIsStoredAndPutAway() {
        ApiMappingForm stored = As.admin(Fixtures.ADMIN, () -> mappings.all()).stream()
                .filter(m -> m.webservice().equals("GenericTicketConnectorREST") && m.direction() == Direction.RESPONSE).findFirst().orElseThrow();
        assertEquals(Kind.SIMPLE, stored.kind());
        assertEquals("TicketNumber = NumeroTicket", stored.rules().getKeyMap());
        As.admin(Fixtures.ADMIN, () -> {
            mappings.save(new ApiMappingForm(stored.webservice(), stored.direction(), stored.version(), Kind.NONE, null, null, null));
            return null;
        });
    }
}
