package org.helpdesk.api.webhook;

import java.io.Serializable;
import java.util.Set;

import org.helpdesk.api.mapping.MappingRules;
import org.helpdesk.api.webhook.Webhook.Method;
import org.helpdesk.ticket.TicketConditionForm;

/**
 * A web hook as the admin screen edits it.
 *
 * @param id null for a new one
 * @param headers extra request headers, one {@code Name: value} per line
 * @param payload how the payload is mapped before it is sent
 * @param secret a new HMAC secret; blank keeps the stored one (a new web hook gets a generated one)
 */
public record WebhookForm(Long id, long version, String name, boolean valid, Set<WebhookEvent> events, TicketConditionForm condition,
        Method method, String url, String headers, MappingRules payload, String secret) implements Serializable {

    public WebhookForm {
        payload = payload == null ? MappingRules.NONE : payload;
    }

    public static WebhookForm of(Webhook hook) {
        return new WebhookForm(hook.getId(), hook.getVersion(), hook.getName(), hook.isValid(), hook.getEvents(),
                TicketConditionForm.of(hook.getCondition()), hook.getMethod(), hook.getUrl(), hook.getHeaders(), hook.getPayload(), null);
    }

    /** A new web hook's form. */
    public static WebhookForm blank() {
        return new WebhookForm(null, 0, null, true, Set.of(WebhookEvent.TICKET_CREATED), TicketConditionForm.ANY, Method.POST, null, null,
                MappingRules.NONE, null);
    }

    /** The same web hook, valid or not. */
    public WebhookForm withValid(boolean valid) {
        return new WebhookForm(id, version, name, valid, events, condition, method, url, headers, payload, secret);
    }
}
