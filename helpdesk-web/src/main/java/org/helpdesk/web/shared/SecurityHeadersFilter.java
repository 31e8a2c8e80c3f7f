package org.helpdesk.web.shared;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response of Helpdesk, set here and nowhere else (error pages included: the filter
 * runs for error dispatches too).
 * <ul>
 * <li>{@code Content-Security-Policy}: no other site may frame Helpdesk's pages, no plugins, no {@code <base>} from
 * elsewhere. Scripts and styles are not restricted: PrimeFaces and Faces write inline scripts and styles.</li>
 * <li>{@code X-Content-Type-Options: nosniff}: a download is never run as a script or page because of its content.</li>
 * <li>{@code Referrer-Policy: same-origin}: links in articles to other sites do not tell them Helpdesk's addresses
 * (with ticket ids).</li>
 * <li>{@code Strict-Transport-Security} (a year), only on responses over HTTPS: the browser then comes back over
 * HTTPS only.</li>
 * </ul>
 * The session cookie's {@code SameSite=Lax} and {@code Secure} (over HTTPS) are set by the server, see
 * {@code WEB-INF/undertow-handlers.conf}.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = { DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR })
public class SecurityHeadersFilter extends HttpFilter {

    static final String CONTENT_SECURITY_POLICY = "frame-ancestors 'self'; object-src 'none'; base-uri 'self'";
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        chain.doFilter(request, response);
    }
}
