package org.helpdesk.mail.mime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What Helpdesk needs of a received e-mail, as read by {@link MailParser}.
 * <ul>
 * <li>{@code messageId}: the Message-ID with its angle brackets; for a mail without one, a stable
 * synthetic id {@code <sha256-of-the-raw-bytes@helpdesk.invalid>}.</li>
 * <li>{@code inReplyTo}: the first message id of In-Reply-To, or {@code null}.
 * {@code references}: the message ids of References in their order, plus {@code inReplyTo} at the
 * end when References lacks it; empty when there are none.</li>
 * <li>{@code fromAddress}: the sender's bare address in lower case; {@code fromName} the decoded
 * display name, or {@code null}. {@code to} and {@code cc}: bare lower-case addresses, unreadable
 * ones left out.</li>
 * <li>{@code subject}: decoded, whitespace collapsed, {@code ""} when absent. {@code sentDate}: the
 * Date header, {@code null} when absent or unreadable.</li>
 * <li>{@code headers}: every header in the order received; names in lower case, values unfolded and
 * RFC 2047-decoded. Use {@link #header(String)} to read them.</li>
 * <li>{@code text}: the plain-text body with {@code \n} line ends (derived from the HTML when the mail
 * has only HTML; {@code ""} when the mail has no body). {@code html}: the HTML body as received, or
 * {@code null}. When a multipart/mixed holds several body parts, both hold all of them in order:
 * HTML parts are also in the text (as text), plain parts also in the HTML (as escaped paragraphs)
 * once there is HTML at all.</li>
 * <li>{@code attachments}: files, inline images and forwarded messages, in MIME order.</li>
 * <li>{@code size}: the size of the raw mail in bytes.</li>
 * </ul>
 * Lists and the header map are unmodifiable.
 */
public record ParsedMail(String messageId, String inReplyTo, List<String> references,
        String fromAddress, String fromName, List<String> to, List<String> cc,
        String subject, Instant sentDate, Map<String, List<String>> headers,
        String text, String html, List<ParsedAttachment> attachments, long size) {

    public ParsedMail {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(fromAddress, "fromAddress");
        references = copy(references);
        to = copy(to);
        cc = copy(cc);
        subject = subject == null ? "" : subject;
        headers = copy(headers);
        text = text == null ? "" : text;
        attachments = copy(attachments);
    }

    /** All values of a header, by case-insensitive name, in the order received; an empty list when absent. */
    public List<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null ? List.of() : values;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        if (headers != null) {
            headers.forEach((name, values) -> copy.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                    .addAll(values));
            copy.replaceAll((name, values) -> List.copyOf(values));
        }
        return Collections.unmodifiableMap(copy);
    }
}
