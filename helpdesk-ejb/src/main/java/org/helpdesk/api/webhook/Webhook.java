package org.helpdesk.api.webhook;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.helpdesk.api.mapping.MappingRules;
import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.ticket.TicketCondition;

/**
 * An outbound web service call (an OTRS "invoker"): on which ticket events, for which tickets, what request
 * (method, URL, headers) with which payload (the event and the ticket as JSON, optionally mapped like a web
 * service's response), signed with an HMAC of a secret the receiver shares. The secret is stored encrypted.
 */
@Entity
@Table(name = "api_webhook")
@EntityListeners(AuditListener.class)
public class Webhook extends BaseEntity {

    private static final long serialVersionUID = 1L;

    public enum Method {
        POST, PUT
    }

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean valid = true;

    @Column(nullable = false, length = 300)
    private String events;

    @Embedded
    private TicketCondition condition;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Method method = Method.POST;

    @Column(nullable = false, length = 2000)
    private String url;

    private String headers;

    @Embedded
    @AttributeOverride(name = "kind", column = @Column(name = "mapping_kind", nullable = false, length = 10))
    private MappingRules payload = MappingRules.NONE;

    /** The HMAC secret, sealed (see {@link org.helpdesk.shared.SecretBox}). */
    @Column(name = "secret", nullable = false, length = 500)
    private String sealedSecret;

    void define(String name, boolean valid, Set<WebhookEvent> events, TicketCondition condition, Method method, String url,
            String headers) {
        this.name = name;
        this.valid = valid;
        this.events = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.condition = condition;
        this.method = method;
        this.url = url;
        this.headers = headers;
    }

    void map(MappingRules payload) {
        this.payload = payload;
    }

    void seal(String sealedSecret) {
        this.sealedSecret = sealedSecret;
    }

    public String getName() {
        return name;
    }

    public boolean isValid() {
        return valid;
    }

    public Set<WebhookEvent> getEvents() {
        EnumSet<WebhookEvent> set = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(events.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(s -> set.add(WebhookEvent.valueOf(s)));
        return set;
    }

    /** Which tickets (the provider leaves an all-empty condition null). */
    public TicketCondition getCondition() {
        return condition == null ? TicketCondition.any() : condition;
    }

    public Method getMethod() {
        return method;
    }

    public String getUrl() {
        return url;
    }

    public String getHeaders() {
        return headers;
    }

    /** How the payload is mapped before it is sent. */
    public MappingRules getPayload() {
        return payload == null ? MappingRules.NONE : payload;
    }

    String getSealedSecret() {
        return sealedSecret;
    }
}
