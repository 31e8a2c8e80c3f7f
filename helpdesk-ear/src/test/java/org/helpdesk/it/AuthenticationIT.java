package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.auth.LoginThrottle;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.login.AuthenticationService;
import org.helpdesk.login.LoginResult;
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
        LoginResult result = authentication.authenticateAgent("admin", ADMIN_PASSWORD.toCharArray(), Fixtures.clientAddress());
        assertTrue(result.success());
        // rw on every group: the stats group too, so the reports are in the menu
        assertEquals(Set.of("agent", "admin", "stats"), result.roles());
        assertFalse(authentication.authenticateAgent("admin", "wrong".toCharArray(), Fixtures.clientAddress()).success());
    }

    @Test
    void repeatedFailuresSlowTheirAddressDownButNeverLockTheOwnerOut() throws Exception {
        Agent agent = fixtures.agent("lock", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        char[] right = ("password-" + agent.getLogin()).toCharArray();
        String attacker = Fixtures.clientAddress();
        String owner = Fixtures.clientAddress();
        assertEquals(Set.of("agent"), authentication.authenticateAgent(agent.getLogin(), right, owner).roles());
        for (int i = 0; i < 10; i++) {
            assertFalse(authentication.authenticateAgent(agent.getLogin(), "wrong".toCharArray(), attacker).success());
        }
        // the hammering address waits, even with the right password...
        assertEquals(LoginResult.Outcome.THROTTLED, authentication.authenticateAgent(agent.getLogin(), right, attacker).outcome());
        // ...while the owner, from another address, logs in at once
        assertTrue(authentication.authenticateAgent(agent.getLogin(), right, owner).success());
        assertTrue(authentication.authenticateAgent(" " + agent.getLogin(), right, Fixtures.clientAddress()).success());
        // three failures cost two seconds, not a lock-out
        Thread.sleep(LoginThrottle.waitAfter(LoginThrottle.FREE_PER_LOGIN, LoginThrottle.FREE_PER_LOGIN).toMillis() + 500);
        assertTrue(authentication.authenticateAgent(agent.getLogin(), right, attacker).success());
    }

    @Test
    @RunAsClient
    void formLoginLeadsToTheRequestedPageAndLogoutEndsTheSession(@ArquillianResource URL base) throws Exception {
        WebClient browser = new WebClient();
        URI home = URI.create(base + "agent/index.xhtml");

        HttpResponse<String> anonymous = browser.get(home);
        assertEquals(302, anonymous.statusCode());
        String location = anonymous.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/login.xhtml?continue=%2Fagent%2Findex.xhtml"), location);

        URI loginPage = URI.create(base + "login.xhtml?continue=%2Fagent%2Findex.xhtml");
        HttpResponse<String> wrong = browser.loginAsAgent(loginPage, "admin", "not-the-password");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("Usuario o contraseña incorrectos"), wrong.body());

        HttpResponse<String> ok = browser.loginAsAgent(loginPage, "admin", ADMIN_PASSWORD);
        assertEquals(302, ok.statusCode());
        assertTrue(ok.headers().firstValue("Location").orElseThrow().endsWith("/helpdesk/agent/index.xhtml"));
        HttpResponse<String> page = browser.get(home);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Bienvenido, admin"), page.body());
        assertTrue(page.body().contains("Soporte Técnico (N1)"), page.body());

        // after login the agent lands where they wanted to go
        HttpResponse<String> toQueues = new WebClient().loginAsAgent(
                URI.create(base + "login.xhtml?continue=%2Fagent%2Fqueues.xhtml%3Fqueue%3D2"), "admin", ADMIN_PASSWORD);
        assertTrue(toQueues.headers().firstValue("Location").orElseThrow().endsWith("/helpdesk/agent/queues.xhtml?queue=2"),
                toQueues.headers().toString());

        // the search exports its results as CSV
        HttpResponse<String> csv = browser.submit(URI.create(base + "agent/search.xhtml"), "search",
                Map.of("search:text", "conexión", "search:csv", ""));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"), csv.headers().toString());
        assertTrue(csv.body().startsWith("\uFEFF\"Ticket#\";\"Creado\";\"Título\";\"Cola\";\"Estado\";\"Prioridad\";\"Cliente\";\"Propietario\"\r\n"),
                csv.body());

        // a missing or malformed attachment is simply not there, never an error page
        assertEquals(404, browser.get(URI.create(base + "agent/attachment?id=987654321")).statusCode());
        assertEquals(404, browser.get(URI.create(base + "agent/attachment?id=abc")).statusCode());

        // a customer page is not for an agent
        assertEquals(403, browser.get(URI.create(base + "customer/index.xhtml")).statusCode());

        HttpResponse<String> logout = browser.submit(home, "header", Map.of("header:logout", "header:logout"));
        assertEquals(302, logout.statusCode());
        assertTrue(logout.headers().firstValue("Location").orElseThrow().endsWith("/helpdesk/login.xhtml"));
        assertEquals(302, browser.get(home).statusCode());
    }
}
