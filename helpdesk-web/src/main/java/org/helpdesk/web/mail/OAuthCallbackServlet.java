package org.helpdesk.web.mail;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.mail.inbound.MailAccount;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.shared.Messages;
import org.helpdesk.web.shared.LanguageView;

/**
 * Where the OAuth2 provider sends the administrator back after they signed in with the mailbox's account
 * ({@code ?code=...&state=...}, or {@code ?error=...}): the code is exchanged for tokens and the administrator
 * lands on the mail accounts again, told how it went. Under /admin/, so for administrators only.
 */
@WebServlet(MailAccountService.OAUTH_CALLBACK)
public class OAuthCallbackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    MailAccountService service;

    @Inject
    LanguageView language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.getLocale();
        String outcome;
        if (request.getParameter("error") != null) {
            String description = request.getParameter("error_description");
            outcome = "error&reason=" + encode(Messages.format(locale, "mail.oauth.refused",
                    request.getParameter("error") + (description == null ? "" : ": " + description)));
        } else {
            try {
                MailAccount account = service.completeAuthorization(String.valueOf(request.getParameter("state")),
                        String.valueOf(request.getParameter("code")));
                outcome = "ok&reason=" + encode(Messages.format(locale, "mail.oauth.authorized", account.getName()));
            } catch (HelpdeskException e) {
                outcome = "error&reason=" + encode(e.getMessage(locale));
            }
        }
        response.sendRedirect(request.getContextPath() + "/admin/mail-accounts.xhtml?oauth=" + outcome);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
