package org.helpdesk.it;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An OAuth2 provider for the tests (authorization code with PKCE, refresh tokens), as Microsoft's and Google's
 * behave for a mailbox: {@code GET /it/oauth/authorize} consents at once and sends the browser back with a code;
 * {@code POST /it/oauth/token} checks client, code and PKCE verifier (or the refresh token) and grants an
 * access token, which the test IMAP server then accepts for the mailbox over XOAUTH2 (GreenMail checks the
 * token as the mailbox's password). Tokens can be made short-lived and refresh tokens revoked. Test deployment only.
 */
@WebServlet("/it/oauth/*")
public class TestOAuthServer extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String CLIENT_ID = "helpdesk-it";
    public static final String CLIENT_SECRET = "it-client-secret";

    /** The mailbox the provider's tokens open, and how long an access token lives. */
    static volatile String mailbox;
    static volatile long expiresIn = 3600;
    static final AtomicInteger REFRESHES = new AtomicInteger();

    private static final Map<String, String[]> CODES = new ConcurrentHashMap<>(); // code -> challenge, redirect
    private static final Map<String, Boolean> REFRESH_TOKENS = new ConcurrentHashMap<>();

    @EJB
    TestMailServer mail;

    /** Refresh tokens stop working, as when the user withdraws consent or an admin revokes them. */
    static void revokeAll() {
        REFRESH_TOKENS.replaceAll((token, valid) -> false);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/authorize".equals(request.getPathInfo()) || !CLIENT_ID.equals(request.getParameter("client_id"))
                || !"S256".equals(request.getParameter("code_challenge_method")) || request.getParameter("code_challenge") == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String code = UUID.randomUUID().toString();
        CODES.put(code, new String[] { request.getParameter("code_challenge"), request.getParameter("redirect_uri") });
        response.sendRedirect(request.getParameter("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(request.getParameter("state"), StandardCharsets.UTF_8));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        if (!"/token".equals(request.getPathInfo()) || !CLIENT_ID.equals(request.getParameter("client_id"))
                || !CLIENT_SECRET.equals(request.getParameter("client_secret"))) {
            refuse(response, "invalid_client", "Unknown client.");
            return;
        }
        String grant = request.getParameter("grant_type");
        String refreshToken;
        if ("authorization_code".equals(grant)) {
            String[] issued = CODES.remove(String.valueOf(request.getParameter("code")));
            if (issued == null || !issued[0].equals(challenge(request.getParameter("code_verifier")))
                    || !issued[1].equals(request.getParameter("redirect_uri"))) {
                refuse(response, "invalid_grant", "The code or its verifier is not valid.");
                return;
            }
            refreshToken = "refresh-" + UUID.randomUUID();
            REFRESH_TOKENS.put(refreshToken, true);
        } else if ("refresh_token".equals(grant)) {
            refreshToken = null;
            if (!Boolean.TRUE.equals(REFRESH_TOKENS.get(String.valueOf(request.getParameter("refresh_token"))))) {
                refuse(response, "invalid_grant", "Token has been expired or revoked.");
                return;
            }
            REFRESHES.incrementAndGet();
        } else {
            refuse(response, "unsupported_grant_type", grant);
            return;
        }
        String accessToken = "access-" + UUID.randomUUID();
        // the mailbox accepts the newest token only: an old one is refused, as an expired one is
        mail.mailbox(mailbox, accessToken);
        response.getWriter().write("{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn
                + (refreshToken == null ? "" : ",\"refresh_token\":\"" + refreshToken + "\"") + "}");
    }

    private static void refuse(HttpServletResponse response, String error, String description) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.getWriter().write("{\"error\":\"" + error + "\",\"error_description\":\"" + description + "\"}");
    }

    private static String challenge(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
