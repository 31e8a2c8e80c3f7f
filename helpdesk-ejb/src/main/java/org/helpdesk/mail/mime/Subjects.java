package org.helpdesk.mail.mime;

import java.util.regex.Pattern;

/** Ticket titles from mail subjects. */
public final class Subjects {

    /**
     * Reply and forward prefixes as mailers write them in common languages (English, Spanish,
     * German, Dutch, Scandinavian, Finnish, French, Italian, Polish), with a count such as
     * {@code Re[2]:} or {@code Re(2):}, repeated and mixed. Linear: anchored, and nothing in one
     * prefix can also be read as part of the next.
     */
    private static final Pattern PREFIXES = Pattern.compile(
            "^(?:(?:re|fwd?|aw|wg|vs|sv|antw|rv|r|tr|réf|rif|odp|respuesta automática|automatic reply)"
                    + "(?:\\[\\d+]|\\(\\d+\\))?\\s*:\\s*)+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Subjects() {
    }

    /**
     * The subject as a ticket title: without ticket tags ({@code [Ticket#123]}, for the given hook)
     * anywhere and without the reply and forward prefixes at its start, whitespace collapsed;
     * {@code ""} when nothing else is left.
     */
    public static String title(String subject, String ticketHook) {
        String untagged = Pattern.compile("\\[" + Pattern.quote(ticketHook) + "\\s*\\d+]", Pattern.CASE_INSENSITIVE)
                .matcher(subject).replaceAll(" ");
        String collapsed = WHITESPACE.matcher(untagged).replaceAll(" ").trim();
        return PREFIXES.matcher(collapsed).replaceFirst("").trim();
    }
}
