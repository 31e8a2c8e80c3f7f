package org.helpdesk.api.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.api.mapping.Mapping;
import org.helpdesk.api.mapping.MappingException;
import org.helpdesk.api.mapping.MappingThreads;
import org.helpdesk.shared.Jsons;
import org.helpdesk.shared.SecretBox;

/**
 * Calls a web hook for one delivery, in a transaction of its own with the delivery locked (two servers never
 * send the same one), and records the outcome: a 2xx answer delivers it, anything else is a failed attempt;
 * a disabled web hook or a mapping that can no longer be used fails it for good. The request carries
 * {@code X-Helpdesk-Event}, {@code X-Helpdesk-Delivery} (the same on every attempt, for the receiver to see a
 * repeat), {@code X-Helpdesk-Timestamp} and {@code X-Helpdesk-Signature: sha256=<hex>}, the HMAC-SHA256 of
 * {@code <timestamp>.<body>} with the web hook's secret. The answer's body is not read.
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

    @Inject
    Clock clock;

    @EJB
    MappingThreads threads;

    @Inject
    WebhookMappings mappings;

    /** Sends the delivery if it is (still) due at {@code now}. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void deliver(long deliveryId, Instant now) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null || !delivery.isDue(now)) {
            return;
        }
        Webhook hook = delivery.getWebhook();
        if (!hook.isValid()) {
            delivery.failedForGood("The web hook is not valid");
            return;
        }
        String body;
        try {
            body = payload(hook, delivery);
        } catch (MappingException e) {
            delivery.failed(null, "The payload's mapping failed: " + e.getMessage(), now); // it may pass later (a busy pool)
            return;
        } catch (RuntimeException e) {
            delivery.failedForGood("The payload's mapping cannot be used: " + e.getMessage()); // a stylesheet that no longer compiles
            return;
        }
        try {
            String timestamp = String.valueOf(clock.instant().getEpochSecond());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(hook.getUrl())).timeout(TIMEOUT)
                    .method(hook.getMethod().name(), HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            WebhookHeaders.parse(hook.getHeaders()).forEach(request::header);
            request.header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Helpdesk")
                    .header("X-Helpdesk-Event", delivery.getEvent().znunyName())
                    .header("X-Helpdesk-Delivery", String.valueOf(delivery.getId()))
                    .header("X-Helpdesk-Timestamp", timestamp)
                    .header("X-Helpdesk-Signature", "sha256=" + signature(secrets.open(hook.getSealedSecret()), timestamp, body));
            HttpResponse<InputStream> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            response.body().close(); // the status is the answer; a slow or endless body is not waited for
            if (response.statusCode() / 100 == 2) {
                delivery.delivered(response.statusCode(), now);
            } else {
                delivery.failed(response.statusCode(), "HTTP " + response.statusCode(), now);
            }
        } catch (IOException e) {
            delivery.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delivery.failed(null, "Interrupted", now);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Web hook " + hook.getName() + " could not send delivery " + delivery.getId(), e);
            delivery.failed(null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()), now);
        }
        if (delivery.getStatus() == WebhookDelivery.Status.FAILED) {
            LOG.warning(() -> "Web hook " + hook.getName() + " gave up on delivery " + delivery.getId() + " after "
                    + delivery.getAttempts() + " attempts: " + delivery.getLastError());
        }
    }

    /** The delivery's payload, mapped as its web hook says now. */
    private String payload(Webhook hook, WebhookDelivery delivery) throws MappingException {
        Mapping mapping = mappings.of(hook);
        if (mapping.isNone()) {
            return delivery.getPayload();
        }
        JsonObject data;
        try (JsonReader reader = Jsons.reader(new StringReader(delivery.getPayload()))) {
            data = reader.readObject();
        }
        return mapping.apply(data, delivery.getEvent().znunyName(), threads.executor()).toString();
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
