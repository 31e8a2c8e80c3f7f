package org.helpdesk.api.webhook;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.helpdesk.api.mapping.Mapping;

/**
 * The web hooks' payload mappings, each compiled once per version of its web hook: saving a web hook makes a
 * new version, on every node, so a changed stylesheet is compiled again at its next delivery.
 */
@ApplicationScoped
public class WebhookMappings {

    private record Compiled(long version, Mapping mapping) {
    }

    private final Map<Long, Compiled> compiled = new ConcurrentHashMap<>();

    Mapping of(Webhook hook) {
        Compiled known = compiled.get(hook.getId());
        if (known == null || known.version() != hook.getVersion()) {
            known = new Compiled(hook.getVersion(), hook.getPayload().compile());
            compiled.put(hook.getId(), known);
        }
        return known.mapping();
    }
}
