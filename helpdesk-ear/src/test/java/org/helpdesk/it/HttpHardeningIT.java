package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP seen from a browser: the security headers and session cookie attributes of Helpdesk's responses, the
 * server's root address (wildfly-config/60-http.cli), an expired page and a malformed id in an address.
 */
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {

    /** The first administrator's password, given to the server by the build (HELPDESK_ADMIN_PASSWORD). */
    private static final String ADMIN_PASSWORD = "it-admin-secret-1";

    /** WildFly's HTTPS listener (standalone-full.xml; a self-signed certificate unless https.cli is applied). */
    private static final int HTTPS_PORT = 8443;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    /** Follows no redirects and keeps no cookies. */
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(URI uri) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @RunAsClient
    void pagesErrorPagesResourcesAndTheApiCarryTheSecurityHeaders(@ArquillianResource URL base) throws Exception {
        Map<String, Integer> pages = Map.of("index.xhtml", 200, "login.xhtml", 200, "no-such-page.xhtml", 404,
                "jakarta.faces.resource/css/helpdesk.css.xhtml", 200, "api/health/live", 200);
        for (Map.Entry<String, Integer> page : pages.entrySet()) {
            HttpResponse<String> response = get(URI.create(base + page.getKey()));
            assertEquals(page.getValue(), response.statusCode(), page.getKey());
            HttpHeaders headers = response.headers();
            String policy = headers.firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("object-src 'none'")
                    && policy.contains("base-uri 'self'"), page.getKey() + ": " + headers.map());
            assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(null), page.getKey());
            assertEquals("same-origin", headers.firstValue("Referrer-Policy").orElse(null), page.getKey());
            // plain HTTP: a browser would ignore it, and it must not be sent
            assertFalse(headers.firstValue("Strict-Transport-Security").isPresent(), page.getKey());
        }
    }

    @Test
    @RunAsClient
    void theSessionCookieIsSameSiteLaxAndOverHttpsSecure(@ArquillianResource URL base) throws Exception {
        String overHttp = sessionCookie(get(URI.create(base + "login.xhtml")).headers().map());
        assertTrue(overHttp.contains("samesite=lax"), overHttp);
        assertTrue(overHttp.contains("httponly"), overHttp);
        assertFalse(overHttp.contains("; secure"), overHttp);

        HttpsURLConnection https = (HttpsURLConnection) new URL("https", base.getHost(), HTTPS_PORT, base.getPath() + "login.xhtml")
                .openConnection();
        https.setSSLSocketFactory(trustingEveryCertificate().getSocketFactory());
        https.setHostnameVerifier((host, session) -> true);
        https.setInstanceFollowRedirects(false);
        try {
            assertEquals(200, https.getResponseCode());
            assertEquals("max-age=31536000", https.getHeaderField("Strict-Transport-Security"));
            String overHttps = sessionCookie(https.getHeaderFields());
            assertTrue(overHttps.contains("samesite=lax"), overHttps);
            assertTrue(overHttps.contains("; secure"), overHttps);
        } finally {
            https.disconnect();
        }
    }

    @Test
    @RunAsClient
    void theServersRootLeadsToHelpdeskAndNothingElseIsServedThere(@ArquillianResource URL base) throws Exception {
        URI root = URI.create(base.toString()).resolve("/");
        HttpResponse<String> response = get(root);
        assertEquals(302, response.statusCode(), response.body());
        String location = response.headers().firstValue("Location").orElseThrow();
        assertTrue(location.endsWith("/helpdesk/"), location);
        assertEquals(200, get(root.resolve(location)).statusCode());
        // neither WildFly's welcome page nor a way to the management console on the public port
        assertEquals(404, get(root.resolve("/index.html")).statusCode());
        assertEquals(404, get(root.resolve("/console")).statusCode());
        assertEquals(404, get(root.resolve("/console/index.html")).statusCode());
    }

    @Test
    @RunAsClient
    void anExpiredPageIsExplainedWith400AndALinkBack(@ArquillianResource URL base) throws Exception {
        URI page = URI.create(base + "index.xhtml");
        // a form sent with a view state the server no longer has (as after the session ended)
        HttpResponse<String> plain = post(page, Map.of("header", "header", "jakarta.faces.ViewState", "-1234567890:987654321"),
                false);
        assertEquals(400, plain.statusCode(), plain.body());
        assertTrue(plain.body().contains("Sesión expirada"), plain.body());
        assertTrue(plain.body().contains("href=\"" + base.getPath() + "index.xhtml\""), plain.body());
        assertTrue(plain.body().contains("Abrir la página de nuevo"), plain.body());

        // the same from an Ajax request: the whole page in the Ajax response, which Faces only applies with 200
        HttpResponse<String> ajax = post(page, Map.of("header", "header", "jakarta.faces.ViewState", "-1234567890:987654321",
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "header", "jakarta.faces.partial.execute", "@all",
                "jakarta.faces.partial.render", "@all"), true);
        assertEquals(200, ajax.statusCode(), ajax.body());
        assertTrue(ajax.body().contains("<partial-response"), ajax.body());
        assertTrue(ajax.body().contains("jakarta.faces.ViewRoot"), ajax.body());
        assertTrue(ajax.body().contains("Sesión expirada"), ajax.body());
        assertFalse(ajax.body().contains("<error>"), ajax.body());
    }

    @Test
    @RunAsClient
    void anIdThatIsNotANumberIsExplainedInTheUsersLanguage(@ArquillianResource URL base) throws Exception {
        WebClient browser = new WebClient();
        assertEquals(302, browser.loginAsAgent(URI.create(base + "login.xhtml"), "admin", ADMIN_PASSWORD).statusCode());
        HttpResponse<String> ticket = browser.get(URI.create(base + "agent/ticket.xhtml?id=abc"));
        assertEquals(200, ticket.statusCode());
        Matcher message = Pattern.compile("ui-messages-error-summary\">([^<]*)<").matcher(ticket.body());
        assertTrue(message.find(), ticket.body());
        // the admin's own language (Spanish unless a test or the admin chose English): Helpdesk's text, no field id
        assertTrue(Set.of("«abc» no es un número válido.", "&quot;abc&quot; is not a valid number.", "\"abc\" is not a valid number.")
                .contains(message.group(1)), message.group(1));
        assertFalse(message.find(), "one message only: " + ticket.body());
    }

    private HttpResponse<String> post(URI page, Map<String, String> fields, boolean ajax) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(page).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (ajax) {
            request.header("Faces-Request", "partial/ajax");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSESSIONID Set-Cookie header among these headers, in lower case. */
    private static String sessionCookie(Map<String, List<String>> headers) {
        return headers.entrySet().stream().filter(e -> "set-cookie".equalsIgnoreCase(e.getKey()))
                .flatMap(e -> e.getValue().stream()).filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.toLowerCase(Locale.ROOT)).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers));
    }

    /** Only for this test: WildFly's HTTPS listener has a self-signed certificate. */
    private static SSLContext trustingEveryCertificate() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, new TrustManager[] { trustAll }, null);
        return context;
    }
}
