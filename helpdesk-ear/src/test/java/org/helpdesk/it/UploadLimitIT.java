package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.inject.Inject;

import org.helpdesk.customer.CustomerUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Files too large for Helpdesk, sent by a customer without JavaScript (the pages' size check in the browser does not
 * run): over the desk's limit (10 MB by default) a message on the form, which keeps what was typed; over the server's
 * ceiling (100 MB, web.xml) the application's page with HTTP 413, in the user's language.
 */
@ExtendWith(ArquillianExtension.class)
class UploadLimitIT {

    private static final long MB = 1024 * 1024;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Inject
    Fixtures fixtures;

    private WebClient loggedIn(URL base) throws Exception {
        CustomerUser customer = fixtures.customer();
        WebClient portal = new WebClient();
        assertEquals(302, portal.loginAsCustomer(URI.create(base + "customer/login.xhtml"), customer.getLogin(),
                "password-" + customer.getLogin()).statusCode());
        return portal;
    }

    @Test
    void aFileOverTheDesksLimitGetsTheMessageOnTheFormWhichKeepsTheText(@ArquillianResource URL base) throws Exception {
        WebClient portal = loggedIn(base);
        HttpResponse<String> answer = portal.submitWithFile(URI.create(base + "customer/new-ticket.xhtml"), "new",
                Map.of("new:subject", "Impresora sin toner", "new:body", "Lo escrito se conserva", "new:create", ""),
                "new:file", "grande.zip", 11 * MB);
        assertEquals(200, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("supera el tamaño máximo de 10 MB"), answer.body());
        assertTrue(answer.body().contains("grande.zip"), answer.body());
        assertTrue(answer.body().contains("Impresora sin toner"), "the subject is still in the form");
        assertTrue(answer.body().contains("Lo escrito se conserva"), "the text is still in the form");
    }

    @Test
    void aFileOverTheServersCeilingGetsTheApplicationsPage(@ArquillianResource URL base) throws Exception {
        WebClient portal = loggedIn(base);
        URI form = URI.create(base + "customer/new-ticket.xhtml");
        HttpResponse<String> answer = portal.submitWithFile(form, "new",
                Map.of("new:subject", "Video de la averia", "new:create", ""), "new:file", "video.mp4", 101 * MB);
        assertEquals(303, answer.statusCode(), answer.body());
        String page = answer.headers().firstValue("Location").orElseThrow();
        assertTrue(page.endsWith("/helpdesk/upload-too-large.xhtml"), page);
        HttpResponse<String> shown = portal.get(URI.create(base.toString()).resolve(page));
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Archivo demasiado grande"), shown.body());
        assertTrue(shown.body().contains("hasta 10 MB"), shown.body());
        assertTrue(shown.body().contains("Volver al formulario"), "a way back to the form: " + shown.body());
        assertTrue(shown.body().contains("hd-header"), "the application's layout");
        assertFalse(shown.body().contains("Exception"), shown.body());
        assertEquals(200, portal.get(form).statusCode(), "the session goes on");
    }
}
