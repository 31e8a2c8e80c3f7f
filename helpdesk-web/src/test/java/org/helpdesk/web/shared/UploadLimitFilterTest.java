package org.helpdesk.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

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

    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> location = new AtomicReference<>();
    private final AtomicBoolean served = new AtomicBoolean();

    private HttpServletRequest request(String method, String contentType, RuntimeException partsFailure) {
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
                    case "getContextPath" -> "/helpdesk";
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
                    case "setHeader" -> {
                        if ("Location".equals(args[0])) {
                            location.set((String) args[1]);
                        }
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    private void filter(HttpServletRequest request) throws Exception {
        new UploadLimitFilter().doFilter(request, response(), (req, res) -> served.set(true));
    }

    @Test
    void aFileOverTheServersLimitIsSentOnToTheApplicationsPage() throws Exception {
        filter(request("POST", "multipart/form-data; boundary=x", new IllegalStateException(new FileTooLargeException())));
        assertFalse(served.get(), "Faces never sees the refused request");
        assertEquals(303, status.get());
        assertEquals("/helpdesk" + UploadLimitFilter.PAGE, location.get());
    }

    @Test
    void aBodyOverTheRequestLimitToo() throws Exception {
        filter(request("POST", "Multipart/Form-Data; boundary=x", new IllegalStateException(new RequestTooBigException())));
        assertFalse(served.get());
        assertEquals(303, status.get());
    }

    @Test
    void otherFailuresGoOnToTheErrorPage() {
        IllegalStateException other = new IllegalStateException("something else");
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> filter(request("POST", "multipart/form-data; boundary=x", other)));
        assertSame(other, thrown);
        assertFalse(served.get());
        assertEquals(200, status.get());
    }

    @Test
    void formsWithinTheLimitsAndOtherRequestsGoOnAsTheyAre() throws Exception {
        filter(request("POST", "multipart/form-data; boundary=x", null));
        assertTrue(served.get());
        served.set(false);
        // getParts would fail the test's request: it is not called for these
        filter(request("POST", "application/x-www-form-urlencoded", new IllegalStateException(new FileTooLargeException())));
        assertTrue(served.get());
        served.set(false);
        filter(request("GET", null, new IllegalStateException(new FileTooLargeException())));
        assertTrue(served.get());
        assertEquals(200, status.get());
    }
}
