package org.helpdesk.web.security;

import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.helpdesk.login.AuthenticationService;
import org.helpdesk.login.CredentialsState;

/**
 * Checks every request of a logged-in user against their account: a session whose login stamp is
 * missing or older than the account's credentials version (the password was changed or reset since,
 * or the account was disabled) is ended and the user sent to the login page; an agent who must
 * replace a generated password is sent to the password form first, from every agent page.
 */
@WebFilter(urlPatterns = "/*")
public class SessionGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Where an agent changes their password (Preferences). */
    static final String PASSWORD_PAGE = "/agent/preferences.xhtml";

    @EJB
    AuthenticationService authentication;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal caller = request.getUserPrincipal();
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (caller == null || path.startsWith("/jakarta.faces.resource/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        SessionStamp stamp = SessionStamp.of(session);
        Optional<CredentialsState> state = stamp == null || !stamp.login().equals(caller.getName()) ? Optional.empty()
                : authentication.credentials(stamp.portal() == Portal.AGENT, stamp.login());
        if (state.isEmpty() || state.get().credentialsVersion() != stamp.credentialsVersion()) {
            end(request, session);
            send(request, response, Portal.of(path).loginPage());
            return;
        }
        if (state.get().mustChangePassword() && (path.startsWith("/agent/") || path.startsWith("/admin/") || path.startsWith("/reports/"))
                && !path.equals(PASSWORD_PAGE)) {
            send(request, response, PASSWORD_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpServletRequest request, HttpSession session) {
        try {
            request.logout();
        } catch (ServletException e) {
            // nobody to log out any more: the session is invalidated all the same
        }
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException e) {
                // already invalidated by the logout
            }
        }
    }

    /** A redirect that also works for a Faces Ajax request, which expects it inside a partial response. */
    private static void send(HttpServletRequest request, HttpServletResponse response, String page) throws IOException {
        String url = request.getContextPath() + page;
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                    + url + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
