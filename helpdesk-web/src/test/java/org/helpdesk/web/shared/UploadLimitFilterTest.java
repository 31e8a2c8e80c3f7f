package org.helpdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;

class UploadLimitFilterTest {

    /** Named as Undertow's own (io.undertow.server.RequestTooBigException), which is not on the test class path. */
    static class RequestTooBigException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** Named as Undertow's MultiPartParserDefinition.FileTooLargeException. */
    static class FileTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    private final Map<String, Object> attributes = new HashMap<>();
    private final AtomicReference<ServletRequest> forwarded = new AtomicReference<>();
    private final AtomicReference<String> forwardedTo = new AtomicReference<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicBoolean served = new AtomicBoolean();

    private HttpServletRequest request(String method, String contentType, RuntimeException partsFailure, String referer) {
        return (HttpServletRequest) Proxy.newProxyInstance(HttpServletRequest.class.getClassLoader(),
                new Class<?>[] { HttpServletRequest.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "getMethod" -> method;
                    case "getContentType" -> contentType;
                    case "getParts" -> {
                        if (partsFailure != null) {
                            throw partsFailure;
                        }
                        yield List.of();
                    }
                    case "getParameter" -> throw new IllegalStateException("the refused body cannot be read again");
                    case "getHeader" -> "Referer".equals(args[0]) ? referer : null;
                    case "getRequestURL" -> new StringBuffer("http://desk.example:8080/helpdesk/customer/new-ticket.xhtml");
                    case "getRequestURI" -> "/helpdesk/customer/new-ticket.xhtml";
                    case "getContextPath" -> "/helpdesk";
                    case "setAttribute" -> attributes.put((String) args[0], args[1]);
                    case "getAttribute" -> attributes.get(args[0]);
                    case "getRequestDispatcher" -> {
                        forwardedTo.set((String) args[0]);
                        yield (RequestDispatcher) Proxy.newProxyInstance(RequestDispatcher.class.getClassLoader(),
                                new Class<?>[] { RequestDispatcher.class }, (p, dm, dargs) -> {
                                    if (dm.getName().equals("forward")) {
                                        forwarded.set((ServletRequest) dargs[0]);
                                        return null;
                                    }
                                    throw new UnsupportedOperationException(dm.getName());
                                });
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private HttpServletResponse response() {
        return (HttpServletResponse) Proxy.newProxyInstance(HttpServletResponse.class.getClassLoader(),
                new Class<?>[] { HttpServletResponse.class }, (proxy, m, args) -> switch (m.getName()) {
                    case "setStatus" -> {
                        status.set((Integer) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private void filter(HttpServletRequest request) throws Exception {
        new UploadLimitFilter().doFilter(request, response(), (req, res) -> served.set(true));
    }

    @Test
    void aFileOverTheServersLimitGetsTheApplicationsPageWith413() throws Exception {
        filter(request("POST", "multipart/form-data; boundary=x", new IllegalStateException(new FileTooLargeException()),
                "http://desk.example:8080/helpdesk/customer/new-ticket.xhtml"));
        assertFalse(served.get(), "Faces never sees the refused request");
        assertEquals(413, status.get());
        assertEquals(UploadLimitFilter.PAGE, forwardedTo.get());
        HttpServletRequest page = (HttpServletRequest) forwarded.get();
        assertEquals("GET", page.getMethod(), "not a postback for Faces");
        assertNull(page.getParameter("jakarta.faces.ViewState"), "no parameter read from the refused body");
        assertTrue(page.getParameterMap().isEmpty());
        assertTrue(page.getParts().isEmpty());
        assertNull(page.getContentType());
        assertEquals("http://desk.example:8080/helpdesk/customer/new-ticket.xhtml", attributes.get("uploadBack"));
    }

    @Test
    void aBodyOverTheRequestLimitToo() throws Exception {
        filter(request("POST", "Multipart/Form-Data; boundary=x", new IllegalStateException(new RequestTooBigException()), null));
        assertFalse(served.get());
        assertEquals(413, status.get());
        assertFalse(attributes.containsKey("uploadBack"), "no referer, no back link");
    }

    @Test
    void theBackLinkIsOnlyEverOneOfHelpdesksPages() throws Exception {
        filter(request("POST", "multipart/form-data; boundary=x", new IllegalStateException(new FileTooLargeException()),
                "https://elsewhere.example/helpdesk/customer/new-ticket.xhtml"));
        assertFalse(attributes.containsKey("uploadBack"));
        assertEquals(413, status.get());
    }

    @Test
    void otherFailuresGoOnToTheErrorPage() {
        IllegalStateException other = new IllegalStateException("something else");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> filter(request("POST", "multipart/form-data; boundary=x", other, null)));
        assertSame(other, thrown);
        assertFalse(served.get());
        assertEquals(200, status.get());
    }

    @Test
    void formsWithinTheLimitsAndOtherRequestsGoOnAsTheyAre() throws Exception {
        filter(request("POST", "multipart/form-data; boundary=x", null, null));
        assertTrue(served.get());
        served.set(false);
        // getParts would fail the test's request: it is not called for these
        filter(request("POST", "application/x-www-form-urlencoded", new IllegalStateException(new FileTooLargeException()), null));
        assertTrue(served.get());
        served.set(false);
        filter(request("GET", null, new IllegalStateException(new FileTooLargeException()), null));
        assertTrue(served.get());
        assertEquals(200, status.get());
    }
}
