package org.helpdesk.web.settings;

import java.io.IOException;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.settings.Logo;
import org.helpdesk.settings.SettingsService;

/** The uploaded logos, for everybody (the login page shows one): {@code /logo/login} and {@code /logo/header}. */
@WebServlet("/logo/*")
public class LogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    SettingsService settings;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<Logo> logo = switch (path) {
            case "login" -> settings.logo(Logo.Kind.LOGIN);
            case "header" -> settings.logo(Logo.Kind.HEADER);
            default -> Optional.empty();
        };
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(logo.get().getContentType());
        // the pages ask with ?v=<settings version>, so a new upload is a new address
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
        response.setContentLength(logo.get().getContent().length);
        response.getOutputStream().write(logo.get().getContent());
    }
}
