package org.helpdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {

    /** The headers the filter sets on a response to a request over HTTP or HTTPS; the page is served after them. */
    private static Map<String, String> headers(boolean https) throws Exception {
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> https;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        Map<String, String> headers = new HashMap<>();
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        AtomicBoolean served = new AtomicBoolean();
        new SecurityHeadersFilter().doFilter(request, response, (req, res) -> {
            assertTrue(headers.containsKey("Content-Security-Policy"), "set before the page is written");
            served.set(true);
        });
        assertTrue(served.get());
        return headers;
    }

    @Test
    void everyResponseGetsThePolicyNosniffAndReferrerPolicy() throws Exception {
        Map<String, String> headers = headers(false);
        String policy = headers.get("Content-Security-Policy");
        assertTrue(policy.contains("frame-ancestors 'self'"), policy);
        assertTrue(policy.contains("object-src 'none'"), policy);
        assertTrue(policy.contains("base-uri 'self'"), policy);
        // PrimeFaces needs its inline scripts and styles
        assertFalse(policy.contains("script-src") || policy.contains("style-src") || policy.contains("default-src"), policy);
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
    }

    @Test
    void strictTransportSecurityOnlyOverHttps() throws Exception {
        assertFalse(headers(false).containsKey("Strict-Transport-Security"));
        assertEquals("max-age=31536000", headers(true).get("Strict-Transport-Security"));
        assertEquals("nosniff", headers(true).get("X-Content-Type-Options"));
    }
}
