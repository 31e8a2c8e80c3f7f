package org.helpdesk.mail.inbound;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * OAuth2 as a mailbox needs it (RFC 6749 authorization code with PKCE, RFC 7636; refresh tokens): the address
 * the administrator is sent to, and the token endpoint's answers. The provider's refusal comes back in its own
 * words ({@link OAuthRefusedException}).
 */
@ApplicationScoped
public class OAuthClient {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** What the token endpoint granted; the refresh token is null when a refresh keeps the old one. */
    public record Grant(String accessToken, String refreshToken, Instant expiresAt) {
    }

    /** A random value for the state parameter or the PKCE verifier (43 characters, URL-safe). */
    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The PKCE challenge of a verifier (S256). */
    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where the administrator signs in and consents: the provider's authorization endpoint with this request. */
    String authorizationUrl(MailOAuth oauth, String state, String verifier, String redirectUri, String loginHint) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", oauth.getClientId());
        query.put("redirect_uri", redirectUri);
        query.put("scope", oauth.getScopes() == null ? "" : oauth.getScopes());
        query.put("state", state);
        query.put("code_challenge", challenge(verifier));
        query.put("code_challenge_method", "S256");
        if (loginHint != null && !loginHint.isBlank()) {
            query.put("login_hint", loginHint);
        }
        if (oauth.getProvider() == OAuthProvider.GOOGLE) {
            // a refresh token every time the administrator consents
            query.put("access_type", "offline");
            query.put("prompt", "consent");
        }
        String endpoint = oauth.getAuthorizationEndpoint();
        return endpoint + (endpoint.contains("?") ? "&" : "?") + form(query);
    }

    Grant exchange(MailOAuth oauth, String clientSecret, String code, String verifier, String redirectUri) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "authorization_code");
        body.put("code", code);
        body.put("redirect_uri", redirectUri);
        body.put("code_verifier", verifier);
        return post(oauth, clientSecret, body);
    }

    Grant refresh(MailOAuth oauth, String clientSecret, String refreshToken) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("grant_type", "refresh_token");
        body.put("refresh_token", refreshToken);
        if (oauth.getScopes() != null) {
            body.put("scope", oauth.getScopes());
        }
        return post(oauth, clientSecret, body);
    }

    private Grant post(MailOAuth oauth, String clientSecret, Map<String, String> body) {
        body.put("client_id", oauth.getClientId());
        if (clientSecret != null && !clientSecret.isEmpty()) {
            body.put("client_secret", clientSecret);
        }
        HttpRequest request = HttpRequest.newBuilder(URI.create(oauth.getTokenEndpoint())).timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form(body))).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new OAuthRefusedException("Token endpoint unreachable: " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OAuthRefusedException("Interrupted", true);
        }
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new OAuthRefusedException("HTTP " + response.statusCode() + " from the token endpoint, not JSON",
                    response.statusCode() >= 500);
        }
        if (response.statusCode() != 200 || !json.containsKey("access_token")) {
            String error = json.getString("error", "HTTP " + response.statusCode());
            String description = json.getString("error_description", "");
            throw new OAuthRefusedException(description.isEmpty() ? error : error + ": " + description, response.statusCode() >= 500);
        }
        long seconds = json.containsKey("expires_in") ? json.getJsonNumber("expires_in").longValue() : 3600;
        return new Grant(json.getString("access_token"), json.getString("refresh_token", null), Instant.now().plusSeconds(seconds));
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
