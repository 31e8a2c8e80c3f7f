package org.helpdesk.web.shared;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A form sent with a file larger than the server accepts ({@code <multipart-config>} of the Faces servlet in
 * web.xml) is sent on (303 See Other) to the page {@link #PAGE} in the user's language, instead of the container's
 * error page.
 * <p>
 * The server stops reading such a form while it arrives (the limits are checked as the body streams, and files are
 * written to a temporary file, never kept in memory). Without this filter, Faces would fail on the first
 * {@code getParameter}, and so would an error page or a forward, which read the same request again. The fields of that form are
 * gone (the server never read them): the page offers to go back, where the browser usually still has what was typed.
 * Files between the desk's own limit and the server's are read to a temporary file and refused with a message on the
 * form itself (see {@code portal.Uploads}); the pages check the size in the browser before anything is sent.
 */
@WebFilter(servletNames = "Faces Servlet", dispatcherTypes = DispatcherType.REQUEST)
public class UploadLimitFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PAGE = "/upload-too-large.xhtml";

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
                // not a forward: Undertow keeps the parse failure and throws it again at every later look at the
                // request's parameters, also from a forwarded page. The page is shown by a GET of its own.
                response.setStatus(HttpServletResponse.SC_SEE_OTHER);
                response.setHeader("Location", request.getContextPath() + PAGE);
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
}
