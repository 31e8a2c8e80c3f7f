package org.helpdesk.mail.mime;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads address headers leniently, in one pass and linear time (hostile headers can be megabytes
 * long; Jakarta Mail's lenient parser rescans the rest of the value for every unclosed
 * {@code (}, {@code <}, {@code "} or {@code [}).
 * <ul>
 * <li>Entries are separated by {@code ,} and {@code ;}; a {@code :} ends a group's name, so the
 * members of a group are read as entries of their own.</li>
 * <li>An entry's address is its last {@code <...>}, and the text before it the display name; without
 * one, the address is the entry's text, and its first comment {@code (...)} the display name.
 * Quoted strings, comments and domain literals are read whole; an opening char that is never closed
 * is taken as an ordinary char, and so is every later one of its kind.</li>
 * <li>An address that is not a clean {@code local@domain} is searched for anything that looks like
 * one; entries without one are left out. An <em>atom</em> here is a run of chars other than
 * whitespace and {@code <>(),;:"[]\@}; a clean address is atom{@code @}atom or
 * "quoted"{@code @}atom, and anything atom{@code @}atom inside a value looks like one.</li>
 * </ul>
 */
public final class MailAddresses {

    private static final String NOT_IN_ATOMS = " \t\n\u000B\f\r<>(),;:\"[]\\@";

    /** A usable address, bare and in lower case, with its decoded display name or {@code null}. */
    record Mailbox(String address, String name) {
    }

    private MailAddresses() {
    }

    /** The usable addresses of a raw (undecoded) header value, in order. */
    static List<Mailbox> parse(String rawValue) {
        List<Mailbox> found = new ArrayList<>();
        if (rawValue == null || rawValue.isBlank()) {
            return found;
        }
        for (Entry entry : new EntryReader(MailHeaders.unfold(MailCharsets.repair(rawValue))).read()) {
            if (isUsable(entry.address())) {
                found.add(new Mailbox(bare(entry.address()), displayName(entry.name())));
            } else {
                scan(entry.address(), found);
            }
        }
        return found;
    }

    /** The bare, lower-case addresses of a raw header value. */
    public static List<String> bareAddresses(String rawValue) {
        return parse(rawValue).stream().map(Mailbox::address).distinct().toList();
    }

    private static String bare(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    /** The display name unquoted, RFC 2047-decoded, whitespace collapsed; {@code null} when there is none. */
    private static String displayName(String written) {
        if (written == null) {
            return null;
        }
        String name = written.trim();
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            name = unescape(name.substring(1, name.length() - 1));
        }
        name = MailHeaders.collapseWhitespace(EncodedWords.decode(name));
        return name.isEmpty() ? null : name;
    }

    /** Quoted-pairs ({@code \"}, {@code \\}) as the chars they stand for. */
    private static String unescape(String quoted) {
        StringBuilder text = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length()) {
                c = quoted.charAt(++i);
            }
            text.append(c);
        }
        return text.toString();
    }

    /** Adds the atom{@code @}atom addresses inside a value, in order, none overlapping the one before. */
    private static void scan(String value, List<Mailbox> found) {
        int from = 0;
        for (int at = value.indexOf('@'); at >= 0; at = value.indexOf('@', at + 1)) {
            int start = Math.max(atomStart(value, at), from);
            int end = atomEnd(value, at + 1);
            if (start < at && end > at + 1) {
                found.add(new Mailbox(bare(value.substring(start, end)), null));
                from = end;
            }
        }
    }

    private static boolean isUsable(String address) {
        String value = address.trim();
        int at = value.lastIndexOf('@');
        boolean domain = at >= 0 && at + 1 < value.length() && atomEnd(value, at + 1) == value.length();
        boolean atomLocal = at > 0 && atomStart(value, at) == 0;
        boolean quotedLocal = at >= 2 && value.charAt(0) == '"' && value.indexOf('"', 1) == at - 1;
        return domain && (atomLocal || quotedLocal);
    }

    /** Where the run of atom chars that ends at {@code end} (exclusive) starts. */
    private static int atomStart(String value, int end) {
        int start = end;
        while (start > 0 && isAtomChar(value.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** Where the run of atom chars that starts at {@code start} ends (exclusive). */
    private static int atomEnd(String value, int start) {
        int end = start;
        while (end < value.length() && isAtomChar(value.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isAtomChar(char c) {
        return NOT_IN_ATOMS.indexOf(c) < 0;
    }

    /** An entry of an address header as written: the address, and the display name or {@code null}. */
    private record Entry(String address, String name) {
    }

    /**
     * Splits a header value into entries in one pass. Each closing char is searched for at most
     * once in vain: after that, its opening chars are ordinary ones, which keeps the pass linear.
     */
    private static final class EntryReader {
        private final String value;
        private final Set<Character> neverClosed = new HashSet<>();
        private final List<Entry> entries = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private String angle;
        private String comment;

        EntryReader(String value) {
            this.value = value;
        }

        List<Entry> read() {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                int close = switch (c) {
                    case '"' -> closing(i, '"');
                    case '[' -> closing(i, ']');
                    case '<' -> closing(i, '>');
                    case '(' -> closingParenthesis(i);
                    default -> -1;
                };
                if (close < 0) {
                    ordinary(c);
                } else if (c == '<') {
                    if (angle != null) {
                        finishEntry();
                    }
                    angle = value.substring(i + 1, close);
                    i = close;
                } else if (c == '(') {
                    comment = comment != null ? comment : value.substring(i + 1, close);
                    i = close;
                } else {
                    text.append(value, i, close + 1);
                    i = close;
                }
            }
            finishEntry();
            return entries;
        }

        private void ordinary(char c) {
            switch (c) {
                case ',', ';' -> finishEntry();
                case ':' -> text.setLength(0);
                default -> text.append(c);
            }
        }

        private void finishEntry() {
            String address = (angle != null ? angle : text.toString()).trim();
            if (!address.isEmpty()) {
                entries.add(new Entry(address, angle != null ? text.toString() : comment));
            }
            text.setLength(0);
            angle = null;
            comment = null;
        }

        /** The index of the char that closes the one at {@code open} (quoted-pairs skipped), or -1. */
        private int closing(int open, char closer) {
            if (!neverClosed.contains(closer)) {
                for (int i = open + 1; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '\\') {
                        i++;
                    } else if (c == closer) {
                        return i;
                    }
                }
                neverClosed.add(closer);
            }
            return -1;
        }

        /** The index of the parenthesis that closes a comment, nested comments and quoted-pairs skipped, or -1. */
        private int closingParenthesis(int open) {
            if (!neverClosed.contains(')')) {
                int depth = 0;
                for (int i = open; i < value.length(); i++) {
                    char c = value.charAt(i);
                    if (c == '\\') {
                        i++;
                    } else if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        return i;
                    }
                }
                neverClosed.add(')');
            }
            return -1;
        }
    }
}
