package org.helpdesk.web.shared;

import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;

/**
 * A form sent with a file larger than the server accepts ({@code <multipart-config>} of the Faces servlet in
 * web.xml) gets the page {@link #PAGE} in the user's language, with HTTP 413, instead of the container's error page.
 * <p>
 * The server stops reading such a form while it arrives (the limits are checked as the body streams, and files are
 * written to a temporary file, never kept in memory). Without this filter, Faces would fail on the first
 * {@code getParameter}, and so would the error page, which reads the same request again. The fields of that form are
 * gone (the server never read them): the page offers to go back, where the browser usually still has what was typed.
 * Files between the desk's own limit and the server's are read to a temporary file and refused with a message on the
 * form itself (see {@code portal.Uploads}); the pages check the size in the browser before anything is sent.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/WEB-INF/errorpages/upload-too-large.xhtml";
    /** HTTP 413 Content Too Large (no constant in the Servlet API). */
    static final int CONTENT_TOO_LARGE = 413;

    /**
     * What Undertow (WildFly) throws, inside an IllegalStateException, when a part or the whole body is too large:
     * {@code io.undertow.server.RequestTooBigException} and
     * {@code io.undertow.server.handlers.form.MultiPartParserDefinition.FileTooLargeException}, by simple name (Undertow
     * is not on the application's class path).
     */
    private static final Set<String> TOO_LARGE = Set.of("RequestTooBigException", "FileTooLargeException");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isMultipartPost(request)) {
            try {
                request.getParts();
            } catch (IllegalStateException | IOException | ServletException e) {
                if (!tooLarge(e)) {
                    throw e;
                }
                String back = backAddress(request);
                response.setStatus(CONTENT_TOO_LARGE);
                HttpServletRequest empty = new WithoutForm(request);
                if (back != null) {
                    empty.setAttribute("uploadBack", back);
                }
                request.getRequestDispatcher(PAGE).forward(empty, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    static boolean isMultipartPost(HttpServletRequest request) {
        String type = request.getContentType();
        return "POST".equalsIgnoreCase(request.getMethod()) && type != null
                && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Whether the request was refused for its size: Undertow wraps its RequestTooBigException or FileTooLargeException
     * in the IllegalStateException the Servlet specification asks for. Other failures go on to the error page.
     */
    static boolean tooLarge(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (TOO_LARGE.contains(cause.getClass().getSimpleName())) {
                return true;
            }
        }
        return false;
    }

    /** The page the form was on, if the browser said so and it is one of Helpdesk's: the "back" link. */
    static String backAddress(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        String url = request.getRequestURL().toString();
        String own = url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
        return referer.startsWith(own) && !referer.contains("\"") && !referer.contains("<") ? referer : null;
    }

    /**
     * The refused request as a plain GET without a form: the parameters of the refused body cannot be read (the
     * container throws again for each one), and the page must not look like a postback to Faces.
     */
    static final class WithoutForm extends HttpServletRequestWrapper {

        WithoutForm(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }
    }
}
