package org.helpdesk.ticket;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.helpdesk.field.DynamicField;
import org.helpdesk.field.FieldType;
import org.helpdesk.search.TextAnalyzer;
import org.helpdesk.search.TextIndex;
import org.helpdesk.search.TextIndex.Part;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Like;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.ValidationException;

/**
 * The conditions of a {@link TicketQuery} in JPQL over the ticket lists' query ({@code t} the ticket,
 * {@code q} its queue, {@code s} its state): one definition for the agents' search and the customers'
 * (each puts first the tickets its caller may see).
 */
@ApplicationScoped
public class TicketConditions {

    @Inject
    Lookup lookup;

    @Inject
    DeskSettings settings;

    @Inject
    TextIndex index;

    /**
     * {@code scope}, the tickets the caller may see (its parameters already in {@code parameters}), and
     * the query's conditions; a text must have a word to look for, in the {@code text} of the tickets the caller reads.
     */
    Criteria of(String scope, Map<String, Object> parameters, TicketQuery query, Part text) {
        Set<String> terms = notBlank(query.text()) ? TextAnalyzer.terms(query.text()) : Set.of();
        if (notBlank(query.text()) && terms.isEmpty()) {
            throw new ValidationException("text", "search.noWords");
        }
        StringBuilder where = new StringBuilder(scope);
        if (notBlank(query.number())) {
            where.append(" AND ").append(Like.like("t.number", "number"));
            parameters.put("number", Like.startingWith(query.number()));
        }
        if (notBlank(query.title())) {
            where.append(" AND ").append(Like.like("LOWER(t.title)", "title"));
            parameters.put("title", Like.containing(query.title()));
        }
        add(where, parameters, "q.id", "queues", query.queueIds());
        if (TicketQuery.OPEN_TYPES.equals(query.stateTypes())) {
            where.append(" AND t.open = TRUE"); // through the open tickets' indexes
        } else if (query.stateTypes() != null && !query.stateTypes().isEmpty()) {
            where.append(" AND s.type IN :stateTypes");
            parameters.put("stateTypes", query.stateTypes());
        }
        add(where, parameters, "t.state.id", "states", query.stateIds());
        add(where, parameters, "t.priority", "priorities", query.priorities());
        add(where, parameters, "t.type.id", "types", query.typeIds());
        if (query.customerUserId() != null) {
            where.append(" AND t.customer.id = :customer");
            parameters.put("customer", query.customerUserId());
        }
        add(where, parameters, "t.owner.id", "owners", query.ownerIds());
        ZoneId zone = settings.timeZone();
        range(where, parameters, "t.createdAt", "created", query.createdFrom(), query.createdTo(), zone);
        range(where, parameters, "t.closedAt", "closed", query.closedFrom(), query.closedTo(), zone);
        between(where, parameters, "t.createdAt", "createdSince", ">=", query.createdSince());
        between(where, parameters, "t.createdAt", "createdUntil", "<=", query.createdUntil());
        between(where, parameters, "t.closedAt", "closedSince", ">=", query.closedSince());
        between(where, parameters, "t.closedAt", "closedUntil", "<=", query.closedUntil());
        between(where, parameters, "t.changedAt", "changedSince", ">=", query.changedSince());
        between(where, parameters, "t.changedAt", "changedUntil", "<=", query.changedUntil());
        fields(where, parameters, query.fields(), zone);
        if (!terms.isEmpty()) {
            where.append(" AND ").append(index.matching("t.id", terms, text));
        }
        return new Criteria(where.toString(), parameters, terms);
    }

    /** A search's condition and parameters, and the words looked up in the full-text index. */
    record Criteria(String where, Map<String, Object> parameters, Set<String> terms) {
    }

    /**
     * One EXISTS per searched dynamic field: contains for text, equals for choices and dates, the day for a
     * date-time; a check box searched with {@code 0} or {@code false} is one not ticked (NOT EXISTS).
     */
    private void fields(StringBuilder where, Map<String, Object> parameters, Map<Long, String> fields, ZoneId zone) {
        int n = 0;
        for (Map.Entry<Long, String> searched : fields.entrySet()) {
            DynamicField field = lookup.reference(DynamicField.class, searched.getKey(), "fields");
            String name = "df" + n++;
            String value = searched.getValue();
            String condition;
            boolean unticked = field.getType() == FieldType.CHECKBOX && (value.equals("0") || value.equalsIgnoreCase("false"));
            try {
                condition = switch (field.getType()) {
                    case TEXT -> {
                        parameters.put(name, Like.containing(value));
                        yield Like.like("LOWER(v.text)", name);
                    }
                    case TEXTAREA -> {
                        parameters.put(name, Like.containing(value));
                        yield Like.like("LOWER(v.longText)", name);
                    }
                    case DROPDOWN, MULTISELECT -> {
                        parameters.put(name, value);
                        yield "v.text = :" + name;
                    }
                    case DATE -> {
                        parameters.put(name, LocalDate.parse(value));
                        yield "v.date = :" + name;
                    }
                    case DATETIME -> {
                        LocalDate day = LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
                        parameters.put(name + "From", day.atStartOfDay(zone).toInstant());
                        parameters.put(name + "To", day.plusDays(1).atStartOfDay(zone).toInstant());
                        yield "v.time >= :" + name + "From AND v.time < :" + name + "To";
                    }
                    // only ticked boxes are stored (FieldValues)
                    case CHECKBOX -> "v.flag IS NOT NULL";
                };
            } catch (DateTimeException e) {
                throw new ValidationException("fields", "validation.dynamic.date", field.getLabelEs(), field.getLabelEn());
            }
            parameters.put(name + "Field", field.getId());
            where.append(unticked ? " AND NOT EXISTS" : " AND EXISTS")
                    .append(" (SELECT v.id FROM FieldValue v WHERE v.ticket = t AND v.field.id = :").append(name)
                    .append("Field AND ").append(condition).append(")");
        }
    }

    /** One of the values (a single one compares with "=", which every database plans as well as it can). */
    private static void add(StringBuilder where, Map<String, Object> parameters, String path, String name, Set<?> values) {
        if (values.size() == 1) {
            where.append(" AND ").append(path).append(" = :").append(name);
            parameters.put(name, values.iterator().next());
        } else if (!values.isEmpty()) {
            where.append(" AND ").append(path).append(" IN :").append(name);
            parameters.put(name, values);
        }
    }

    private static void between(StringBuilder where, Map<String, Object> parameters, String path, String name, String comparison,
            Instant value) {
        if (value != null) {
            where.append(" AND ").append(path).append(' ').append(comparison).append(" :").append(name);
            parameters.put(name, value);
        }
    }

    /** Days are the desk's days: from the start of {@code from} to the end of {@code to} in its time zone. */
    private static void range(StringBuilder where, Map<String, Object> parameters, String path, String name,
            LocalDate from, LocalDate to, ZoneId zone) {
        if (from != null) {
            where.append(" AND ").append(path).append(" >= :").append(name).append("From");
            parameters.put(name + "From", from.atStartOfDay(zone).toInstant());
        }
        if (to != null) {
            where.append(" AND ").append(path).append(" < :").append(name).append("To");
            parameters.put(name + "To", to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
