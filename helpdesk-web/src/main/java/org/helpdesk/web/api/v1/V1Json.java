package org.helpdesk.web.api.v1;

import java.time.Instant;
import java.util.Locale;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.helpdesk.shared.Jsons;
import org.helpdesk.ticket.Article;
import org.helpdesk.ticket.Attachment;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketSummary;

/** The native API's representations: camelCase, ids as numbers, times in ISO-8601 UTC, lower-case names of kinds. */
final class V1Json {

    private V1Json() {
    }

    static JsonObjectBuilder ticket(Ticket ticket) {
        return Jsons.object()
                .add("id", ticket.getId())
                .add("number", ticket.getNumber())
                .add("title", ticket.getTitle())
                .add("queue", Jsons.object().add("id", ticket.getQueue().getId()).add("name", ticket.getQueue().getName()))
                .add("state", Jsons.object().add("id", ticket.getState().getId()).add("name", ticket.getState().getName())
                        .add("type", lower(ticket.getState().getType())))
                .add("priority", ticket.getPriority())
                .add("type", Jsons.object().add("id", ticket.getType().getId()).add("name", ticket.getType().getName()))
                .add("customer", ticket.getCustomer().getLogin())
                .add("service", ticket.getService() == null ? JsonValue.NULL
                        : Jsons.object().add("id", ticket.getService().getId()).add("name", ticket.getService().getName()).build())
                .add("sla", ticket.getSla() == null ? JsonValue.NULL
                        : Jsons.object().add("id", ticket.getSla().getId()).add("name", ticket.getSla().getName()).build())
                .add("owner", ticket.getOwner() == null ? JsonValue.NULL : Jsons.value(ticket.getOwner().getLogin()))
                .add("locked", ticket.isLocked())
                .add("createdAt", time(ticket.getCreatedAt()))
                .add("changedAt", time(ticket.getChangedAt()))
                .add("version", ticket.getVersion());
    }

    static JsonObjectBuilder summary(TicketSummary ticket) {
        return Jsons.object()
                .add("id", ticket.id())
                .add("number", ticket.number())
                .add("title", ticket.title())
                .add("queue", ticket.queue())
                .add("state", ticket.state())
                .add("stateType", lower(ticket.stateType()))
                .add("priority", ticket.priority())
                .add("customer", ticket.customer())
                .add("owner", ticket.owner() == null ? JsonValue.NULL : Jsons.value(ticket.owner()))
                .add("createdAt", time(ticket.createdAt()));
    }

    static JsonObjectBuilder article(Article article) {
        var attachments = Jsons.array();
        for (Attachment attachment : article.getAttachments()) {
            attachments.add(Jsons.object().add("id", attachment.getId()).add("filename", attachment.getFilename())
                    .add("contentType", attachment.getContentType()).add("size", attachment.getSize()));
        }
        return Jsons.object()
                .add("id", article.getId())
                .add("sender", lower(article.getSender()))
                .add("channel", lower(article.getChannel()))
                .add("visibleForCustomer", article.isVisibleForCustomer())
                .add("from", article.getFrom() == null ? JsonValue.NULL : Jsons.value(article.getFrom()))
                .add("subject", article.getSubject() == null ? "" : article.getSubject())
                .add("body", article.getBody() == null ? "" : article.getBody())
                .add("createdAt", time(article.getCreatedAt()))
                .add("attachments", attachments);
    }

    /** A moment in ISO-8601 UTC, or JSON null. */
    static JsonValue time(Instant instant) {
        return instant == null ? JsonValue.NULL : Jsons.value(instant.toString());
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
