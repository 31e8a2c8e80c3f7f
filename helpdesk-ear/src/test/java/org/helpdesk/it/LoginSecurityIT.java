package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import org.helpdesk.admin.AuditService;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentForm;
import org.helpdesk.agent.AgentService;
import org.helpdesk.agent.Permission;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.auth.LoginThrottle;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.RegistrationService;
import org.helpdesk.login.AuthenticationService;
import org.helpdesk.login.LoginResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Logins and sessions hardened: a new session id at every login, a password change or reset ends
 * the other sessions, failed logins slow down their address (never lock the owner out) and are
 * audited, an unknown login answers as slowly as a wrong password, and a generated password must be
 * changed before any agent page. The pages are used over HTTP, from inside the server.
 */
@ExtendWith(ArquillianExtension.class)
class LoginSecurityIT {

    private static final String SESSION = "JSESSIONID";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    AuthenticationService authentication;

    @EJB
    AgentService agents;

    @EJB
    AuditService audit;

    @EJB
    RegistrationService registration;

    @EJB
    TestMailServer smtp;

    @Inject
    Fixtures fixtures;

    @Test
    void everyLoginGetsANewSessionIdAndTheOldOneIsWorthNothing(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("sesion", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        URI agentLogin = URI.create(base + "login.xhtml");
        URI agentHome = URI.create(base + "agent/index.xhtml");
        WebClient browser = new WebClient();
        assertEquals(200, browser.get(agentLogin).statusCode());
        String before = browser.cookie(SESSION);
        assertNotNull(before, "the login page keeps its form in a session");

        assertEquals(302, browser.loginAsAgent(agentLogin, agent.getLogin(), "password-" + agent.getLogin()).statusCode());
        String after = browser.cookie(SESSION);
        assertNotEquals(before, after);
        assertEquals(200, browser.get(agentHome).statusCode());
        assertEquals(302, WebClient.getWithSession(agentHome, before).statusCode(), "a session id known before the login opens nothing");

        CustomerUser customer = fixtures.customer();
        URI customerLogin = URI.create(base + "customer/login.xhtml");
        URI customerHome = URI.create(base + "customer/index.xhtml");
        WebClient portal = new WebClient();
        assertEquals(200, portal.get(customerLogin).statusCode());
        String customerBefore = portal.cookie(SESSION);
        assertEquals(302, portal.loginAsCustomer(customerLogin, customer.getLogin(), "password-" + customer.getLogin()).statusCode());
        assertNotEquals(customerBefore, portal.cookie(SESSION));
        assertEquals(200, portal.get(customerHome).statusCode());
        assertEquals(302, WebClient.getWithSession(customerHome, customerBefore).statusCode());
    }

    @Test
    void changingTheOwnPasswordEndsTheOtherSessionsOnly(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("clave", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        String password = "password-" + agent.getLogin();
        URI login = URI.create(base + "login.xhtml");
        URI home = URI.create(base + "agent/index.xhtml");
        URI preferences = URI.create(base + "agent/preferences.xhtml");
        WebClient office = new WebClient();
        WebClient laptop = new WebClient();
        assertEquals(302, office.loginAsAgent(login, agent.getLogin(), password).statusCode());
        assertEquals(302, laptop.loginAsAgent(login, agent.getLogin(), password).statusCode());

        HttpResponse<String> wrongCurrent = office.submit(preferences, "password", Map.of("password:current", "not-it",
                "password:new", "office-password-2", "password:repeat", "office-password-2", "password:change", ""));
        assertTrue(wrongCurrent.body().contains("Contraseña actual: no es correcta."), wrongCurrent.body());
        HttpResponse<String> mismatch = office.submit(preferences, "password", Map.of("password:current", password,
                "password:new", "office-password-2", "password:repeat", "office-password-3", "password:change", ""));
        assertTrue(mismatch.body().contains("no coincide"), mismatch.body());
        HttpResponse<String> tooShort = office.submit(preferences, "password", Map.of("password:current", password,
                "password:new", "short", "password:repeat", "short", "password:change", ""));
        assertTrue(tooShort.body().contains("al menos 8 caracteres"), tooShort.body());
        assertEquals(200, laptop.get(home).statusCode(), "nothing changed yet");

        HttpResponse<String> changed = office.submit(preferences, "password", Map.of("password:current", password,
                "password:new", "office-password-2", "password:repeat", "office-password-2", "password:change", ""));
        assertTrue(changed.body().contains("Contraseña cambiada"), changed.body());
        assertEquals(200, office.get(home).statusCode(), "the session that changed it goes on");
        HttpResponse<String> ended = laptop.get(home);
        assertEquals(302, ended.statusCode(), "the other session is over");
        assertTrue(ended.headers().firstValue("Location").orElseThrow().endsWith("/helpdesk/login.xhtml"));
        assertEquals(302, laptop.get(home).statusCode());

        assertFalse(authentication.authenticateAgent(agent.getLogin(), password.toCharArray(), Fixtures.clientAddress()).success());
        assertTrue(authentication.authenticateAgent(agent.getLogin(), "office-password-2".toCharArray(), Fixtures.clientAddress())
                .success());
    }

    @Test
    void guessingTheCurrentPasswordInPreferencesSlowsDownLikeALogin(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("adivina", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        String password = "password-" + agent.getLogin();
        URI preferences = URI.create(base + "agent/preferences.xhtml");
        WebClient session = new WebClient();
        assertEquals(302, session.loginAsAgent(URI.create(base + "login.xhtml"), agent.getLogin(), password).statusCode());

        for (int guess = 0; guess <= LoginThrottle.FREE_PER_LOGIN; guess++) {
            if (guess == LoginThrottle.FREE_PER_LOGIN) {
                Thread.sleep(LoginThrottle.waitAfter(guess, LoginThrottle.FREE_PER_LOGIN).plusMillis(200).toMillis());
            }
            HttpResponse<String> wrong = session.submit(preferences, "password", Map.of("password:current", "guess-" + guess,
                    "password:new", "new-password-1", "password:repeat", "new-password-1", "password:change", ""));
            assertTrue(wrong.body().contains("Contraseña actual: no es correcta."), wrong.body());
        }
        // the next check waits for LoginThrottle.waitAfter(FREE_PER_LOGIN + 1, FREE_PER_LOGIN), 4 seconds
        HttpResponse<String> right = session.submit(preferences, "password", Map.of("password:current", password,
                "password:new", "new-password-1", "password:repeat", "new-password-1", "password:change", ""));
        assertTrue(right.body().contains("demasiados intentos fallidos"), "not even checked while waiting: " + right.body());
        assertTrue(authentication.authenticateAgent(agent.getLogin(), password.toCharArray(), Fixtures.clientAddress()).success(),
                "the password did not change");
    }

    @Test
    void aPasswordResetEndsTheSessionsOfItsOwner(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("reinicio", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        URI home = URI.create(base + "agent/index.xhtml");
        WebClient browser = new WebClient();
        assertEquals(302, browser.loginAsAgent(URI.create(base + "login.xhtml"), agent.getLogin(), "password-" + agent.getLogin())
                .statusCode());
        assertEquals(200, browser.get(home).statusCode());
        // the administrator sets a new password in the agent screen
        AgentForm form = AgentForm.of(As.admin(ADMIN, () -> agents.agent(agent.getId())));
        As.admin(ADMIN, () -> agents.saveAgent(new AgentForm(form.id(), form.version(), form.login(), form.firstName(),
                form.lastName(), form.email(), form.language(), form.timeZone(), "set-by-the-admin", form.valid()), Set.of(), Map.of()));
        assertEquals(302, browser.get(home).statusCode());

        CustomerUser customer = fixtures.customer();
        URI customerHome = URI.create(base + "customer/index.xhtml");
        WebClient portal = new WebClient();
        assertEquals(302, portal.loginAsCustomer(URI.create(base + "customer/login.xhtml"), customer.getLogin(),
                "password-" + customer.getLogin()).statusCode());
        assertEquals(200, portal.get(customerHome).statusCode());
        registration.requestPasswordReset(customer.getEmail());
        registration.resetPassword(tokenIn(awaitMail(customer.getEmail(), "Restablecer su contraseña")), "chosen-after-reset");
        HttpResponse<String> ended = portal.get(customerHome);
        assertEquals(302, ended.statusCode());
        assertTrue(ended.headers().firstValue("Location").orElseThrow().endsWith("/helpdesk/customer/login.xhtml"));
    }

    @Test
    void failedLoginsAreAuditedWithTheLoginTypedAndTheAddress() {
        Agent agent = fixtures.agent("auditado", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        String address = Fixtures.clientAddress();
        assertFalse(authentication.authenticateAgent(agent.getLogin(), "wrong".toCharArray(), address).success());
        String unknown = Fixtures.unique("nadie");
        assertFalse(authentication.authenticateCustomer(unknown, "wrong".toCharArray(), address).success());

        List<AuditEntry> entries = As.admin(ADMIN, () -> audit.entries(AuthenticationService.AUDIT_TYPE, agent.getLogin(), 0, 10))
                .rows();
        assertEquals(1, entries.size());
        AuditEntry entry = entries.get(0);
        assertEquals(AuditEntry.Action.LOGIN_FAILED, entry.getAction());
        assertEquals(agent.getLogin(), entry.getEntityLabel());
        assertEquals(address, entry.getActor());
        assertTrue(entry.getChanges().contains("agent") && entry.getChanges().contains(address), entry.getChanges());
        AuditEntry customerEntry = As.admin(ADMIN, () -> audit.entries(AuthenticationService.AUDIT_TYPE, unknown, 0, 10)).rows()
                .get(0);
        assertTrue(customerEntry.getChanges().contains("customer"), customerEntry.getChanges());
        // administrators find them by address too
        assertEquals(2, As.admin(ADMIN, () -> audit.entries(AuthenticationService.AUDIT_TYPE, address, 0, 100)).rows().stream()
                .filter(e -> e.getActor().equals(address)).count());
    }

    @Test
    void anAddressTryingManyLoginsWaitsWhileOtherAddressesDoNot() {
        Agent agent = fixtures.agent("oficina", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        char[] right = ("password-" + agent.getLogin()).toCharArray();
        String scanner = Fixtures.clientAddress();
        for (int i = 0; i < LoginThrottle.FREE_PER_ADDRESS; i++) {
            assertFalse(authentication.authenticateCustomer(Fixtures.unique("prueba"), "123456".toCharArray(), scanner).success());
        }
        assertEquals(LoginResult.Outcome.THROTTLED, authentication.authenticateAgent(agent.getLogin(), right, scanner).outcome());
        assertTrue(authentication.authenticateAgent(agent.getLogin(), right, Fixtures.clientAddress()).success());
    }

    @Test
    void anUnknownLoginTakesAsLongAsAWrongPassword() {
        Agent agent = fixtures.agent("tiempo", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RO)));
        CustomerUser customer = fixtures.customer();
        // warm up both paths once
        authentication.authenticateAgent(agent.getLogin(), "wrong".toCharArray(), Fixtures.clientAddress());
        authentication.authenticateAgent(Fixtures.unique("nadie"), "wrong".toCharArray(), Fixtures.clientAddress());
        long wrongPassword = 0;
        long unknownLogin = 0;
        for (int i = 0; i < 4; i++) {
            String address = Fixtures.clientAddress(); // one failure per login and address: nothing is throttled
            long start = System.nanoTime();
            assertFalse(authentication.authenticateAgent(agent.getLogin(), "wrong".toCharArray(), address).success());
            assertFalse(authentication.authenticateCustomer(customer.getLogin(), "wrong".toCharArray(), address).success());
            long middle = System.nanoTime();
            assertFalse(authentication.authenticateAgent(Fixtures.unique("nadie"), "wrong".toCharArray(), address).success());
            assertFalse(authentication.authenticateCustomer(Fixtures.unique("nadie"), "wrong".toCharArray(), address).success());
            long end = System.nanoTime();
            wrongPassword += middle - start;
            unknownLogin += end - middle;
        }
        assertTrue(unknownLogin * 2 > wrongPassword,
                "unknown logins took " + unknownLogin / 1_000_000 + " ms, wrong passwords " + wrongPassword / 1_000_000 + " ms");
    }

    @Test
    void aGeneratedPasswordMustBeChangedBeforeAnyAgentPage(@ArquillianResource URL base) throws Exception {
        Agent agent = fixtures.agent("generado", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RW)));
        fixtures.requirePasswordChange(agent.getId());
        String password = "password-" + agent.getLogin();
        URI home = URI.create(base + "agent/index.xhtml");
        URI preferences = URI.create(base + "agent/preferences.xhtml");
        WebClient browser = new WebClient();
        assertEquals(302, browser.loginAsAgent(URI.create(base + "login.xhtml"), agent.getLogin(), password).statusCode());

        for (String page : List.of("agent/index.xhtml", "agent/queues.xhtml", "agent/search.xhtml")) {
            HttpResponse<String> sent = browser.get(URI.create(base + page));
            assertEquals(302, sent.statusCode(), page);
            assertTrue(sent.headers().firstValue("Location").orElseThrow().endsWith("/helpdesk/agent/preferences.xhtml"), page);
        }
        HttpResponse<String> form = browser.get(preferences);
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("Elija una contraseña propia"), form.body());

        HttpResponse<String> same = browser.submit(preferences, "password", Map.of("password:current", password,
                "password:new", password, "password:repeat", password, "password:change", ""));
        assertTrue(same.body().contains("debe ser distinta de la actual"), same.body());
        assertEquals(302, browser.get(home).statusCode());

        HttpResponse<String> changed = browser.submit(preferences, "password", Map.of("password:current", password,
                "password:new", "my-own-password", "password:repeat", "my-own-password", "password:change", ""));
        assertTrue(changed.body().contains("Contraseña cambiada"), changed.body());
        assertEquals(200, browser.get(home).statusCode());
        assertFalse(browser.get(preferences).body().contains("Elija una contraseña propia"));
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("https?://\\S+token=(\\S+)").matcher((String) mail.getContent());
        assertTrue(link.find(), (String) mail.getContent());
        return link.group(1);
    }

    private MimeMessage awaitMail(String to, String subjectPart) throws Exception {
        return Await.result("mail '" + subjectPart + "' for " + to,
                () -> smtp.receivedBy(to).stream().filter(m -> TestMailServer.subjectOf(m).contains(subjectPart)).reduce((a, b) -> b), 30);
    }
}
