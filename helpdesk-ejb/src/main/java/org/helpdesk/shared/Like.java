package org.helpdesk.shared;

import java.util.Locale;

/**
 * Searching for text a user typed with JPQL {@code LIKE}: the user's {@code %} and {@code _} are characters to find,
 * not wildcards. Every {@code LIKE} on user text is written with {@link #like} and gets its pattern from
 * {@link #containing} or {@link #startingWith}, so that the escape character is the same everywhere.
 * <p>
 * The escape character is the backslash, the default of {@code LIKE} on H2, PostgreSQL and MariaDB, so the query
 * needs no {@code ESCAPE} clause: the pattern is always a bound parameter, and a literal in the statement would
 * make EclipseLink bind the query's other literals too (on H2 a bound {@code TRUE} becomes {@code 1}, which H2
 * refuses to compare with a boolean column).
 */
public final class Like {

    /** The escape character of every pattern made here: the databases' default one. */
    public static final char ESCAPE = '\\';

    private Like() {
    }

    /** The condition {@code expression LIKE :parameter}, e.g. {@code like("LOWER(t.title)", "text")}. */
    public static String like(String expression, String parameter) {
        return expression + " LIKE :" + parameter;
    }

    /**
     * A pattern for values that contain {@code text} (trimmed, in lower case: compare it with {@code LOWER(...)}).
     */
    public static String containing(String text) {
        return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /**
     * A pattern for values that start with {@code text} (trimmed, in lower case: compare it with {@code LOWER(...)}
     * or with values that have no letters, such as ticket numbers).
     */
    public static String startingWith(String text) {
        return escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    /** A pattern for values that end with {@code text} (trimmed, in lower case: compare it with {@code LOWER(...)}). */
    public static String endingWith(String text) {
        return "%" + escape(text.trim().toLowerCase(Locale.ROOT));
    }

    /** {@code text} with its wildcards and escape characters escaped, so that it only matches itself. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
