package org.helpdesk.api.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.SecretBox;

/**
 * Calls a web hook for one delivery, in a transaction of its own with the delivery locked (two servers never
 * send the same one), and records the outcome: a 2xx answer delivers it, anything else is a failed attempt.
 * The request carries {@code X-Helpdesk-Event}, {@code X-Helpdesk-Delivery} (the same on every attempt, for the
 * receiver to see a repeat), {@code X-Helpdesk-Timestamp} and {@code X-Helpdesk-Signature: sha256=<hex>}, the
 * HMAC-SHA256 of {@code <timestamp>.<body>} with the web hook's secret.
 */
@Stateless
@PermitAll
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();

    @PersistenceContext
    EntityManager em;

    @Inject
    SecretBox secrets;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long deliveryId, Instant now) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.isPending()) {
            return;
        }
        Webhook hook = delivery.getWebhook();
        if (!hook.isValid()) {
            delivery.failed(null, "The web hook is not valid", now);
            return;
        }
        String timestamp = String.valueOf(now.getEpochSecond());
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook.getUrl())).timeout(TIMEOUT)
                    .method(hook.getMethod().name(), HttpRequest.BodyPublishers.ofString(delivery.getPayload(), StandardCharsets.UTF_8));
            WebhookHeaders.parse(hook.getHeaders()).forEach(request::header);
            request.header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Helpdesk")
                    .header("X-Helpdesk-Event", delivery.getEvent().znunyName())
                    .header("X-Helpdesk-Delivery", String.valueOf(delivery.getId()))
                    .header("X-Helpdesk-Timestamp", timestamp)
                    .header("X-Helpdesk-Signature", "sha256=" + signature(secrets.open(hook.getSealedSecret()), timestamp, delivery.getPayload()));
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                delivery.delivered(response.statusCode(), now);
            } else {
                String body = response.body() == null ? "" : response.body().strip();
                delivery.failed(response.statusCode(), "HTTP " + response.statusCode() + (body.isEmpty() ? "" : ": " + body), now);
            }
        } catch (IOException | IllegalArgumentException e) {
            delivery.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.failed(null, "Interrupted", now);
        }
        if (!delivery.isPending() && delivery.getStatus() == WebhookDelivery.Status.FAILED) {
            LOG.warning(() -> "Web hook " + hook.getName() + " gave up on delivery " + delivery.getId() + " after "
                    + delivery.getAttempts() + " attempts: " + delivery.getLastError());
        }
    }

    /** The hex HMAC-SHA256 of {@code <timestamp>.<body>}: what a receiver computes to check a call. */
    public static String signature(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("No HMAC-SHA256", e);
        }
    }
}
