package org.helpdesk.ticket;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.field.DynamicField;
import org.helpdesk.field.FieldDefinitions;
import org.helpdesk.field.FieldType;
import org.helpdesk.field.Screen;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Stamp;
import org.helpdesk.shared.ValidationException;

/**
 * Checks and stores the dynamic field values of a ticket, inside the caller's transaction. Input
 * comes as text, as forms send it: per field id a list of values (several for a multiselect;
 * {@code 2026-11-26} for a date, {@code 2026-11-26T10:30} in the desk's time zone for a date-time,
 * {@code true}/{@code false} for a checkbox).
 */
@ApplicationScoped
public class FieldValues {

    /** The checked values of the fields of one screen, ready to store. */
    public record Checked(Map<DynamicField, List<String>> values) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DeskSettings settings;

    @Inject
    FieldDefinitions definitions;

    /** The valid fields shown on a screen, in the administrator's order. */
    public List<DynamicField> shown(Screen screen) {
        return definitions.shown(screen);
    }

    /** Checks the input for the fields of the screen (others are ignored): required ones given, every value of the right kind. */
    public Checked check(Screen screen, Map<Long, List<String>> input) {
        Map<DynamicField, List<String>> checked = new LinkedHashMap<>();
        List<ValidationException.FieldError> errors = new ArrayList<>();
        for (DynamicField field : shown(screen)) {
            List<String> given = input == null ? List.of() : input.getOrDefault(field.getId(), List.of()).stream()
                    .filter(v -> v != null && !v.isBlank()).map(String::trim).toList();
            if (field.getType() == FieldType.CHECKBOX) {
                given = given.stream().filter("true"::equalsIgnoreCase).toList();
            }
            if (given.isEmpty()) {
                if (field.isRequired()) {
                    errors.add(error(field, "validation.dynamic.required"));
                }
                checked.put(field, List.of());
                continue;
            }
            String problem = problem(field, given);
            if (problem != null) {
                errors.add(error(field, problem));
            } else {
                checked.put(field, field.getType() == FieldType.MULTISELECT ? given.stream().distinct().toList() : given.subList(0, 1));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Checked(checked);
    }

    /** Stores the checked values on a new ticket. */
    public void add(Ticket ticket, Checked checked) {
        checked.values().forEach((field, values) -> values.forEach(value -> em.persist(toValue(ticket, field, value))));
    }

    /**
     * Replaces the ticket's values of the checked fields with the checked values; each field whose values
     * differ is recorded in the ticket's history (announcing it is the caller's).
     */
    public void replace(Ticket ticket, Checked checked, Stamp stamp) {
        if (checked.values().isEmpty()) {
            return;
        }
        Map<DynamicField, List<FieldValue>> before = of(ticket);
        em.createQuery("DELETE FROM FieldValue v WHERE v.ticket = :ticket AND v.field IN :fields").setParameter("ticket", ticket)
                .setParameter("fields", List.copyOf(checked.values().keySet())).executeUpdate();
        checked.values().forEach((field, values) -> {
            List<FieldValue> stored = values.stream().map(value -> toValue(ticket, field, value)).toList();
            stored.forEach(em::persist);
            String from = texts(field, before.getOrDefault(field, List.of()));
            String to = texts(field, stored);
            if (!from.equals(to)) {
                ticket.recordFieldChange(field.getName(), from, to, stamp);
            }
        });
    }

    private String texts(DynamicField field, List<FieldValue> values) {
        return values.stream().map(value -> text(field, value)).collect(Collectors.joining(", "));
    }

    /** The ticket's values, by field in the administrator's order. */
    public Map<DynamicField, List<FieldValue>> of(Ticket ticket) {
        Map<DynamicField, List<FieldValue>> values = new LinkedHashMap<>();
        em.createNamedQuery("FieldValue.ofTicket", FieldValue.class).setParameter("ticket", ticket).getResultStream()
                .sorted((a, b) -> a.getField().getPosition() != b.getField().getPosition()
                        ? Integer.compare(a.getField().getPosition(), b.getField().getPosition())
                        : a.getField().getName().compareTo(b.getField().getName()))
                .forEach(v -> values.computeIfAbsent(v.getField(), f -> new ArrayList<>()).add(v));
        return values;
    }

    /** The ticket's values as form input, to edit them. */
    public Map<Long, List<String>> input(Ticket ticket) {
        Map<Long, List<String>> input = new LinkedHashMap<>();
        of(ticket).forEach((field, values) -> input.put(field.getId(), values.stream().map(v -> text(field, v)).toList()));
        return input;
    }

    /** A stored value as text: dates as {@code 2026-11-26}, date-times in the desk's zone as {@code 2026-11-26T10:30}. */
    public String text(DynamicField field, FieldValue value) {
        return switch (field.getType()) {
            case DATE -> value.getDate().toString();
            case DATETIME -> LocalDateTime.ofInstant(value.getTime(), settings.timeZone()).toString();
            case CHECKBOX -> String.valueOf(Boolean.TRUE.equals(value.getFlag()));
            default -> value.getText();
        };
    }

    private String problem(DynamicField field, List<String> given) {
        for (String value : given) {
            switch (field.getType()) {
                case TEXT, TEXTAREA -> {
                    if (value.length() > (field.getType() == FieldType.TEXT ? FieldValue.LONGEST_TEXT : 10_000)) {
                        return "validation.dynamic.tooLong";
                    }
                }
                case DROPDOWN, MULTISELECT -> {
                    if (!field.getOptions().contains(value)) {
                        return "validation.dynamic.option";
                    }
                }
                case DATE -> {
                    try {
                        LocalDate.parse(value);
                    } catch (DateTimeException e) {
                        return "validation.dynamic.date";
                    }
                }
                case DATETIME -> {
                    try {
                        LocalDateTime.parse(value);
                    } catch (DateTimeException e) {
                        return "validation.dynamic.datetime";
                    }
                }
                case CHECKBOX -> {
                    // only "true" is left: a ticked box
                }
            }
        }
        return null;
    }

    private FieldValue toValue(Ticket ticket, DynamicField field, String value) {
        return switch (field.getType()) {
            case DATE -> FieldValue.date(ticket, field, LocalDate.parse(value));
            case DATETIME -> FieldValue.time(ticket, field, LocalDateTime.parse(value).atZone(settings.timeZone()).toInstant());
            case CHECKBOX -> FieldValue.flag(ticket, field, true);
            default -> FieldValue.text(ticket, field, value);
        };
    }

    private static ValidationException.FieldError error(DynamicField field, String key) {
        return new ValidationException.FieldError("fields", key, field.getLabelEs(), field.getLabelEn());
    }
}
