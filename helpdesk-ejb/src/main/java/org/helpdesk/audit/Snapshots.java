package org.helpdesk.audit;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.helpdesk.shared.BaseEntity;

/**
 * The state of an entity as the audit log shows it: one text per persistent attribute (embedded
 * objects flattened to {@code targets.firstResponseMinutes}, references by name), so two states
 * can be compared. Collections are left out: the services that change them note those changes.
 * Secrets (attributes named password or secret) are never shown, only that they changed.
 */
final class Snapshots {

    private static final int LONGEST = 200;
    private static final String SECRET = "\u2022\u2022\u2022\u2022";

    private Snapshots() {
    }

    static Map<String, String> of(Object entity) {
        Map<String, String> values = new LinkedHashMap<>();
        collect(entity, "", values);
        return values;
    }

    /** The lines {@code attribute: before → after} for what differs; all non-empty values when there is no before. */
    static List<String> differences(Map<String, String> before, Map<String, String> after) {
        List<String> lines = new ArrayList<>();
        after.forEach((name, value) -> {
            String old = before == null ? "" : before.getOrDefault(name, "");
            if (!Objects.equals(old, value)) {
                lines.add(isSecret(name) ? name + ": " + SECRET : before == null ? name + ": " + value : line(name, old, value));
            }
        });
        return lines;
    }

    static String line(String name, Object before, Object after) {
        return name + ": " + text(before) + " \u2192 " + text(after);
    }

    /** How the log names an object: its name, login, e-mail or title, else its id. */
    static String label(Object object) {
        for (String getter : List.of("getName", "getLogin", "getEmail", "getTitle")) {
            try {
                Method method = object.getClass().getMethod(getter);
                Object value = method.invoke(object);
                if (value != null) {
                    return value.toString();
                }
            } catch (ReflectiveOperationException e) {
                // not this one: try the next way of naming it
            }
        }
        return object instanceof BaseEntity entity ? "#" + entity.getId() : String.valueOf(object);
    }

    private static void collect(Object object, String prefix, Map<String, String> values) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> type = object.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            hierarchy.add(0, type);
        }
        for (Class<?> type : hierarchy) {
            for (Field field : type.getDeclaredFields()) {
                if (!persistent(field)) {
                    continue;
                }
                field.setAccessible(true);
                Object value;
                try {
                    value = field.get(object);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                String name = prefix + field.getName();
                if (value != null && value.getClass().isAnnotationPresent(Embeddable.class)) {
                    collect(value, name + ".", values);
                } else {
                    values.put(name, isSecret(name) ? (value == null ? "" : Integer.toHexString(value.hashCode())) : text(value));
                }
            }
        }
    }

    private static boolean persistent(Field field) {
        int modifiers = field.getModifiers();
        return !Modifier.isStatic(modifiers) && !Modifier.isTransient(modifiers) && !field.isAnnotationPresent(Transient.class)
                && !field.isAnnotationPresent(Id.class) && !field.isAnnotationPresent(Version.class)
                && !Collection.class.isAssignableFrom(field.getType()) && !Map.class.isAssignableFrom(field.getType())
                && !field.getName().startsWith("_persistence");
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase();
        return lower.contains("password") || lower.contains("secret");
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BaseEntity entity) {
            return label(entity);
        }
        if (value instanceof byte[] bytes) {
            return bytes.length + " B";
        }
        if (value instanceof Collection<?> items) {
            return String.join(", ", items.stream().map(Snapshots::text).sorted().toList());
        }
        String text = value.toString();
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST) + "\u2026";
    }
}
