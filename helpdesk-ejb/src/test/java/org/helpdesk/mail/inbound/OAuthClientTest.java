package org.helpdesk.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The OAuth2 request a mailbox's authorization starts with, and the client settings it keeps. */
class OAuthClientTest {

    @Test
    void thePkceChallengeIsRfc7636s() {
        // RFC 7636, appendix B
        assertEquals("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", OAuthClient.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));
        assertEquals(43, OAuthClient.random().length());
        assertNotEquals(OAuthClient.random(), OAuthClient.random());
    }

    @Test
    void theAuthorizationAddressCarriesClientScopesStateAndChallenge() {
        MailOAuth google = new MailOAuth(OAuthProvider.GOOGLE);
        google.configure(new OAuthSettings(OAuthProvider.GOOGLE, null, null, "cliente.apps.googleusercontent.com", null, null), "sealed");
        String url = new OAuthClient().authorizationUrl(google, "estado", "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk",
                "https://mesa.example/helpdesk/admin/oauth-callback", "soporte@gmail.com");
        assertTrue(url.startsWith("https://accounts.google.com/o/oauth2/v2/auth?response_type=code&client_id=cliente.apps.googleusercontent.com"), url);
        assertTrue(url.contains("&redirect_uri=https%3A%2F%2Fmesa.example%2Fhelpdesk%2Fadmin%2Foauth-callback"), url);
        assertTrue(url.contains("&scope=https%3A%2F%2Fmail.google.com%2F&state=estado"), url);
        assertTrue(url.contains("&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"), url);
        assertTrue(url.contains("&login_hint=soporte%40gmail.com&access_type=offline&prompt=consent"), url);
    }

    @Test
    void anotherClientDropsTheTokensTheSameKeepsThem() {
        MailOAuth oauth = new MailOAuth(OAuthProvider.MICROSOFT);
        OAuthSettings settings = new OAuthSettings(OAuthProvider.MICROSOFT, null, null, "app-1", "secreto", null);
        oauth.configure(settings, "sealed-secret");
        assertEquals(OAuthProvider.MICROSOFT.tokenEndpoint(), oauth.getTokenEndpoint(), "the preset's endpoint when left blank");
        assertTrue(oauth.getScopes().contains("IMAP.AccessAsUser.All"));
        oauth.granted("access", java.time.Instant.now().plusSeconds(3600), "refresh");
        assertTrue(oauth.isAuthorized());

        oauth.configure(new OAuthSettings(OAuthProvider.MICROSOFT, null, null, "app-1", null, "offline_access"), null);
        assertTrue(oauth.isAuthorized(), "same client, scopes changed: the tokens stay");
        oauth.configure(new OAuthSettings(OAuthProvider.MICROSOFT, null, null, "app-2", null, null), null);
        assertFalse(oauth.isAuthorized(), "another client: authorize again");
        assertNull(oauth.getAccessToken());

        oauth.granted("access", java.time.Instant.now().plusSeconds(3600), "refresh");
        oauth.failed("invalid_grant: revoked");
        assertFalse(oauth.isAuthorized());
        assertEquals("invalid_grant: revoked", oauth.getError());
    }

    @Test
    void theTokenGoesToTheProvidersSmtpServerOrTheOneItWentToAnotherNeedsAnAuthorization() {
        MailOAuth oauth = new MailOAuth(OAuthProvider.MICROSOFT);
        oauth.configure(new OAuthSettings(OAuthProvider.MICROSOFT, null, null, "app-1", null, null), "sealed-secret");
        oauth.granted("access", java.time.Instant.now().plusSeconds(3600), "refresh");
        assertFalse(oauth.sendsMail());

        oauth.configure(new OAuthSettings(OAuthProvider.MICROSOFT, null, null, "app-1", null, null, true, " ", null, false), null);
        assertEquals("smtp.office365.com", oauth.getSmtpHost(), "the preset's server when left blank");
        assertEquals(587, oauth.getSmtpPort());
        assertFalse(oauth.isSmtpSsl());
        assertTrue(oauth.isAuthorized(), "the provider's own server: the tokens stay");

        oauth.configure(new OAuthSettings(OAuthProvider.MICROSOFT, null, null, "app-1", null, null, true, "smtp.otro.example", 465,
                true), null);
        assertFalse(oauth.isAuthorized(), "another server: authorize again");
        oauth.granted("access", java.time.Instant.now().plusSeconds(3600), "refresh");
        oauth.configure(new OAuthSettings(OAuthProvider.MICROSOFT, null, null, "app-1", null, null, true, "SMTP.otro.example", 465,
                true), null);
        assertTrue(oauth.isAuthorized(), "the server it went to already");

        oauth.configure(new OAuthSettings(OAuthProvider.MICROSOFT, null, null, "app-1", null, null, false, "smtp.otro.example", 465,
                true), null);
        assertFalse(oauth.sendsMail());
        assertNull(oauth.getSmtpPort());
        assertTrue(oauth.isAuthorized(), "sending no more sends the token nowhere new");
    }
}
