package org.helpdesk.api.webhook;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helpdesk.shared.ValidationException;

/** A web hook's extra request headers, one {@code Name: value} per line, checked when saved. */
final class WebhookHeaders {

    private WebhookHeaders() {
    }

    /** The headers; a line that is none, or a header Java's HTTP client refuses to set (Host, …), on {@code headers}. */
    static Map<String, String> parse(String text) {
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> lines = text == null ? List.of() : text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(':');
            String name = colon <= 0 ? "" : line.substring(0, colon).strip();
            String value = colon <= 0 ? "" : line.substring(colon + 1).strip();
            try {
                HttpRequest.newBuilder(URI.create("http://localhost/")).header(name, value);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("headers", "webhook.headerLine", i + 1);
            }
            if (name.toLowerCase(java.util.Locale.ROOT).startsWith("x-helpdesk-")) {
                throw new ValidationException("headers", "webhook.headerLine", i + 1);
            }
            headers.put(name, value);
        }
        return headers;
    }
}
