package org.helpdesk.api.webhook;

import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.SecretBox;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.TicketCondition;

/** Admin: the web hooks, and their delivery log with "send again". */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class WebhookService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    SecretBox secrets;

    @Inject
    java.time.Clock clock;

    @Inject
    Event<WebhookChanged> changed;

    /** A page of the web hooks, by name. */
    public Page<Webhook> list(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.all(em, Webhook.class, "e.name", first, pageSize);
    }

    public WebhookForm form(long id) {
        agents.requireAdmin(agents.current(context));
        return WebhookForm.of(lookup.require(Webhook.class, id));
    }

    /**
     * Creates or changes a web hook after checking it (a name, at least one event, an http(s) URL, the header
     * lines, the payload mapping, the ticket condition); in use after the commit.
     *
     * @return the secret a new web hook was given when the form had none (to show once), else null
     */
    public String save(WebhookForm form) {
        agents.requireAdmin(agents.current(context));
        String name = ValidationException.requireText("name", form.name(), 200);
        if (form.events() == null || form.events().isEmpty()) {
            throw new ValidationException("events", "validation.required");
        }
        String url = ValidationException.requireText("url", form.url(), 2000);
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("url", "webhook.url");
        }
        if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new ValidationException("url", "webhook.url");
        }
        WebhookHeaders.parse(form.headers());
        form.payload().compile();
        TicketCondition condition = form.condition().resolve(lookup);
        if (em.createQuery("SELECT w FROM Webhook w WHERE w.name = :name", Webhook.class).setParameter("name", name).getResultStream()
                .anyMatch(other -> !other.getId().equals(form.id()))) {
            throw new ValidationException("name", "validation.taken", name);
        }
        Webhook hook;
        String generated = null;
        if (form.id() == null) {
            hook = new Webhook();
            if (form.secret() == null || form.secret().isBlank()) {
                byte[] random = new byte[32];
                RANDOM.nextBytes(random);
                generated = HexFormat.of().formatHex(random);
            }
        } else {
            hook = lookup.require(Webhook.class, form.id());
            hook.checkVersion(form.version());
        }
        hook.define(name, form.valid(), form.events(), condition, form.method() == null ? Webhook.Method.POST : form.method(), url,
                blankToNull(form.headers()));
        hook.map(form.payload());
        String secret = generated != null ? generated : form.secret();
        if (secret != null && !secret.isBlank()) {
            if (secret.strip().length() < 16) {
                throw new ValidationException("secret", "webhook.secret");
            }
            hook.seal(secrets.seal(secret.strip()));
        }
        if (form.id() == null) {
            em.persist(hook);
        }
        changed.fire(new WebhookChanged(hook.getId()));
        return generated;
    }

    /** A page of the delivery log, newest first; {@code webhookId} null for every web hook's. */
    public Page<WebhookDelivery> deliveries(Long webhookId, int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        String where = webhookId == null ? "" : " WHERE d.webhook.id = :hook";
        var rows = em.createQuery("SELECT d FROM WebhookDelivery d JOIN FETCH d.webhook" + where + " ORDER BY d.createdAt DESC, d.id DESC",
                WebhookDelivery.class);
        var count = em.createQuery("SELECT COUNT(d) FROM WebhookDelivery d" + where, Long.class);
        if (webhookId != null) {
            rows.setParameter("hook", webhookId);
            count.setParameter("hook", webhookId);
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
    }

    /** Sends a failed delivery again, from its first attempt, with the payload it had. */
    public void sendAgain(long deliveryId) {
        agents.requireAdmin(agents.current(context));
        WebhookDelivery delivery = lookup.require(WebhookDelivery.class, deliveryId);
        if (delivery.getStatus() != WebhookDelivery.Status.FAILED || delivery.getPayload().isEmpty()) {
            throw new ValidationException("delivery", "webhook.notFailed");
        }
        delivery.retry(clock.instant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
