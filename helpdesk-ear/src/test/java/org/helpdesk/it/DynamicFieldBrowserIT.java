package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.ejb.EJB;

import org.helpdesk.customer.CustomerAdminService;
import org.helpdesk.customer.CustomerForm;
import org.helpdesk.field.DynamicField;
import org.helpdesk.field.DynamicFieldForm;
import org.helpdesk.field.DynamicFieldService;
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
 * A dynamic field in a real Chromium: the administrator defines a dropdown in the admin screen;
 * an agent picks a value on a new phone ticket, sees it in the zoom, starts the answer with a canned
 * response and the queue's signature, and finds the ticket by the field in the search.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DynamicFieldBrowserIT {

    // fixed names: the client and the server side of the test must agree on them
    static final String FIELD = "SedeNavegador";
    static final String CUSTOMER = "e2e.sede";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    CustomerAdminService customers;

    @EJB
    DynamicFieldService fields;

    @Test
    @Order(1)
    void aCustomerExists() {
        if (As.admin(Fixtures.ADMIN, () -> customers.customers(CUSTOMER, 0, 1)).total() == 0) {
            As.admin(Fixtures.ADMIN, () -> customers.saveCustomer(new CustomerForm(null, 0, CUSTOMER, CUSTOMER + "@telco.example",
                    "Marta", "Salas", null, null, "es", false, null, true)));
        }
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAdministratorAddsAFieldAndAgentsUseIt(@ArquillianResource URL base) throws Exception {
        String title = Fixtures.unique("Impresora atascada");
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("dynamic-field", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-admin"));
                browser.click(By.id("dynamic-fields"));
                browser.click(By.id("fields:new"));
                browser.type(By.id("fields:name"), FIELD);
                browser.choose("fields:type", "lista");
                browser.type(By.id("fields:labelEs"), "Sede " + FIELD);
                browser.type(By.id("fields:labelEn"), "Site " + FIELD);
                browser.click(By.id("fields:save"));
                // a list without choices is refused in Spanish
                browser.waitForText(By.id("fields:messages"), "Opciones (una por línea): escriba al menos una opción.");
                browser.type(By.id("fields:options"), "Lima\nArequipa\nTrujillo");
                browser.click(By.id("fields:save"));
                browser.waitForText(By.id("fields:messages"), "Cambios guardados.");
                browser.screenshot("admin-dynamic-fields");

                browser.click(By.id("nav-phone"));
                browser.type(By.id("phone:customer_input"), CUSTOMER);
                browser.click(By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '" + CUSTOMER + "@telco.example')]"));
                browser.choose("phone:queue", "Soporte Técnico (N1)");
                browser.choose("phone:priority", "2 baja");
                browser.type(By.id("phone:title"), title);
                browser.type(By.id("phone:body"), "La impresora del segundo piso se atasca con cada hoja.");
                browser.choose(menuOf(browser, FIELD), "Arequipa");
                browser.click(By.id("phone:create"));
                browser.waitForText(By.id("ticket-title"), title);
                browser.find(By.xpath("//dt[normalize-space(.)='Sede " + FIELD + "']/following-sibling::dd[1][normalize-space(.)='Arequipa']"));

                // the answer starts with a canned response and ends with the queue's signature
                browser.choose(browser.find(By.xpath("//div[contains(@id,':template') and contains(@class,'ui-selectonemenu')]"))
                        .getAttribute("id"), "Solicitar más información");
                browser.waitUntil(() -> {
                    String body = browser.find(By.xpath("//textarea[contains(@id,':body')]")).getAttribute("value");
                    return body.startsWith("Estimado(a) Marta Salas:") && body.endsWith("Soporte Técnico (N1)");
                });
                browser.screenshot("ticket-zoom-fields");

                browser.click(By.id("nav-search"));
                browser.choose(menuOf(browser, FIELD), "Arequipa");
                browser.click(By.id("search:find"));
                browser.find(By.xpath("//td[normalize-space(.)='" + title + "']"));
                assertTrue(browser.findAll(By.xpath("//tbody[contains(@id,'results_data')]/tr")).size() == 1);
            });
        }
    }

    @Test
    @Order(3)
    void theFieldIsPutAway() {
        DynamicField field = As.admin(Fixtures.ADMIN, () -> fields.fields(0, 500)).rows().stream()
                .filter(f -> f.getName().equals(FIELD)).findFirst().orElseThrow();
        DynamicFieldForm form = DynamicFieldForm.of(field);
        As.admin(Fixtures.ADMIN, () -> fields.save(new DynamicFieldForm(form.id(), form.version(), form.name(), form.labelEs(),
                form.labelEn(), form.type(), form.options(), form.position(), false, false, false, false, false, false)));
    }

    private static String menuOf(Browser browser, String field) {
        return browser.find(By.xpath("//div[@data-field='" + field + "']//div[contains(@class,'ui-selectonemenu')]")).getAttribute("id");
    }
}
