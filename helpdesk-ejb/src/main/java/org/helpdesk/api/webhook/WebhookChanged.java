package org.helpdesk.api.webhook;

/** A web hook was saved (observed after the commit, to forget the cached ones). */
public record WebhookChanged(long webhookId) {
}
