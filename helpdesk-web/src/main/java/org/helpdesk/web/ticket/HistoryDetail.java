package org.helpdesk.web.ticket;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.helpdesk.ticket.HistoryType;

/**
 * The detail of a history entry in the reader's language. The entries keep what the ticket wrote
 * when the change happened (internal state names such as "closed successful", priority numbers,
 * ISO instants); they are translated only here, at display time, through the same lookups the
 * rest of the screens use. That way entries stored long ago read as well as new ones, and a value
 * this class does not recognise is shown as it was stored.
 *
 * @param state   the display name of a state, by its stored name
 * @param type    the display name of a ticket type, by its stored name
 * @param priority the display name of a priority, by its level
 * @param instant a moment as the desk shows it
 * @param nobody  what stands for "no agent" (an owner or responsible removed)
 */
public record HistoryDetail(Function<String, String> state, Function<String, String> type, IntFunction<String> priority,
        Function<Instant, String> instant, String nobody) {

    /** Separates the value before and after a change, as {@code Ticket} writes it. */
    static final String ARROW = " → ";
    private static final String FIELD = " | ";
    private static final Pattern PRIORITY_CHANGE = Pattern.compile("(\\d+) → (\\d+)(: .*)?", Pattern.DOTALL);

    public String format(HistoryType kind, String detail) {
        if (kind == null || detail == null || detail.isBlank()) {
            return detail;
        }
        return switch (kind) {
        case NEW_TICKET -> newTicket(detail);
        case STATE_UPDATE -> change(detail, state);
        case TYPE_UPDATE -> change(detail, type);
        case PRIORITY_UPDATE -> priorityChange(detail);
        case OWNER_UPDATE, RESPONSIBLE_UPDATE -> "-".equals(detail.trim()) ? nobody : detail;
        case SET_PENDING_TIME, PENDING_REMINDER_REACHED, ESCALATION, ESCALATION_WARNING -> moment(detail);
        default -> detail;
        };
    }

    /** "number | queue | priority | state": the priority and the state are translated, the rest stays. */
    private String newTicket(String detail) {
        String[] parts = detail.split(Pattern.quote(FIELD), -1);
        if (parts.length < 4) {
            return detail;
        }
        parts[parts.length - 2] = priorityName(parts[parts.length - 2]);
        parts[parts.length - 1] = state.apply(parts[parts.length - 1]);
        return String.join(FIELD, parts);
    }

    /** "old → new", both names translated. */
    private static String change(String detail, Function<String, String> names) {
        int arrow = detail.indexOf(ARROW);
        if (arrow < 0) {
            return names.apply(detail);
        }
        return names.apply(detail.substring(0, arrow)) + ARROW + names.apply(detail.substring(arrow + ARROW.length()));
    }

    /** "3 → 4" or "3 → 4: reason": the levels become the priorities' names, the agent's reason stays. */
    private String priorityChange(String detail) {
        Matcher m = PRIORITY_CHANGE.matcher(detail);
        if (!m.matches()) {
            return detail;
        }
        return priorityName(m.group(1)) + ARROW + priorityName(m.group(2)) + (m.group(3) == null ? "" : m.group(3));
    }

    private String priorityName(String level) {
        try {
            return priority.apply(Integer.parseInt(level.trim()));
        } catch (NumberFormatException e) {
            return level;
        }
    }

    private String moment(String detail) {
        try {
            return instant.apply(Instant.parse(detail.trim()));
        } catch (DateTimeParseException e) {
            return detail;
        }
    }
}
