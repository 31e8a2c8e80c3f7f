package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.auth.AuthenticationService;
import org.helpdesk.auth.LoginAccount;
import org.helpdesk.auth.LoginResult;
import org.helpdesk.customer.CustomerUser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Logins of agents and customers: the service behind the login pages, and the pages over HTTP. */
@ExtendWith(ArquillianExtension.class)
class AuthenticationIT {

    /** The first administrator's password, given to the server by the build (HELPDESK_ADMIN_PASSWORD). */
    private static final String ADMIN_PASSWORD = "it-admin-secret-1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    AuthenticationService authentication;

    @Inject
    Fixtures fixtures;

    @Test
    void theFirstAdministratorLogsInWithTheConfiguredPassword() {
        LoginResult result = authentication.authenticateAgent("admin", ADMIN_PASSWORD.toCharArray());
        assertTrue(result.success());
        assertEquals(Set.of("agent", "admin"), result.roles());
        assertFalse(authentication.authenticateAgent("admin", "wrong".toCharArray()).success());
    }

    @Test
    void repeatedFailuresLockTheLoginOut() {
        Agent agent = fixtures.agent("lock", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        char[] right = ("password-" + agent.getLogin()).toCharArray();
        assertEquals(Set.of("agent"), authentication.authenticateAgent(agent.getLogin(), right).roles());
        for (int i = 0; i < LoginAccount.MAX_FAILURES; i++) {
            assertFalse(authentication.authenticateAgent(agent.getLogin(), "wrong".toCharArray()).success());
        }
        assertFalse(authentication.authenticateAgent(agent.getLogin(), right).success());
    }

    @Test
    void agentsAndCustomersLogInOnlyThroughTheirOwnPortal() {
        CustomerUser customer = fixtures.customer();
        char[] password = ("password-" + customer.getLogin()).toCharArray();
        LoginResult result = authentication.authenticateCustomer(customer.getLogin(), password);
        assertEquals(Set.of("customer"), result.roles());
        assertFalse(authentication.authenticateAgent(customer.getLogin(), password).success());
        assertFalse(authentication.authenticateCustomer("admin", ADMIN_PASSWORD.toCharArray()).success());
    }

    @Test
    @RunAsClient
    void formLoginLeadsToTheRequestedPageAndLogoutEndsTheSession(@ArquillianResource URL base) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        URI home = URI.create(base + "agent/index.xhtml");

        HttpResponse<String> anonymous = browser.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, anonymous.statusCode());
        String location = anonymous.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml?continue=%2Fagent%2Findex.xhtml"), location);

        URI loginPage = URI.create(base + "login.xhtml?continue=%2Fagent%2Findex.xhtml");
        HttpResponse<String> wrong = submitLogin(browser, loginPage, "admin", "not-the-password");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Usuario o contraseña incorrectos"), wrong.body());

        HttpResponse<String> ok = submitLogin(browser, loginPage, "admin", ADMIN_PASSWORD);
        assertEquals(302, ok.statusCode());
        assertTrue(ok.headers().firstValue("Location").orElseThrow().endsWith("/helpdesk/agent/index.xhtml"));
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Bienvenido, admin"), page.body());
        assertTrue(page.body().contains("Soporte Técnico (N1)"), page.body());

        // a customer page is not for an agent
        HttpResponse<String> customerPage = browser.send(HttpRequest.newBuilder(URI.create(base + "customer/index.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, customerPage.statusCode());

        HttpResponse<String> logout = submit(browser, home, "header", Map.of("header:logout", "header:logout"));
        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElseThrow().endsWith("/helpdesk/login.xhtml"));
        HttpResponse<String> afterLogout = browser.send(HttpRequest.newBuilder(home).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(302, afterLogout.statusCode());
    }

    private static HttpResponse<String> submitLogin(HttpClient browser, URI loginPage, String login, String password)
            throws Exception {
        return submit(browser, loginPage, "login",
                Map.of("login:username", login, "login:password", password, "login:submit", ""));
    }

    /** Loads a page and posts one of its forms with the given fields, as a browser would. */
    private static HttpResponse<String> submit(HttpClient browser, URI page, String formId, Map<String, String> fields)
            throws Exception {
        String html = browser.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher action = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(html);
        assertTrue(action.find(), html);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(viewState.find(), html);
        Map<String, String> all = new HashMap<>(fields);
        all.put(formId, formId);
        all.put("jakarta.faces.ViewState", viewState.group(1));
        String body = all.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        URI post = page.resolve(action.group(1).replace("&amp;", "&"));
        return browser.send(HttpRequest.newBuilder(post).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
