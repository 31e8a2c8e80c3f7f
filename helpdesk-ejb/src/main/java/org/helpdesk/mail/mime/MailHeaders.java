package org.helpdesk.mail.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading header values: unfolding, decoding, message ids. */
final class MailHeaders {

    private static final Pattern FOLD = Pattern.compile("(?:\r\n|\r|\n)[ \t]*");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MESSAGE_ID = Pattern.compile("<([^<>]*)>");

    private MailHeaders() {
    }

    /** A header value as people read it: raw 8-bit text repaired, unfolded, RFC 2047-decoded, trimmed. */
    static String decode(String rawValue) {
        return rawValue == null ? null : EncodedWords.decode(unfold(MailCharsets.repair(rawValue))).trim();
    }

    /** Joins the lines of a folded header value: each line break and the whitespace after it become one space. */
    static String unfold(String value) {
        return value == null ? null : FOLD.matcher(value).replaceAll(" ");
    }

    static String collapseWhitespace(String value) {
        return WHITESPACE.matcher(value).replaceAll(" ").trim();
    }

    /** The {@code <...>} tokens of a Message-ID, In-Reply-To or References value, in order, without whitespace inside. */
    static List<String> messageIds(String rawValue) {
        List<String> ids = new ArrayList<>();
        if (rawValue != null) {
            Matcher id = MESSAGE_ID.matcher(rawValue);
            while (id.find()) {
                String inner = WHITESPACE.matcher(id.group(1)).replaceAll("");
                if (!inner.isEmpty()) {
                    ids.add("<" + inner + ">");
                }
            }
        }
        return ids;
    }
}
