package org.helpdesk.api.otrs;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The data of one operation's request, read the lenient way Znuny reads it: a value may come as a string or
 * a number, a list as an array or as one comma-separated string; what is missing or of the wrong kind is
 * refused as {@code <Operation>.MissingParameter} or {@code .InvalidParameter} with the parameter's path.
 */
final class Request {

    private final String operation;
    private final String path;
    private final JsonObject data;

    Request(String operation, JsonObject data) {
        this(operation, "", data);
    }

    private Request(String operation, String path, JsonObject data) {
        this.operation = operation;
        this.path = path;
        this.data = data;
    }

    String operation() {
        return operation;
    }

    /** The names the request's data gives, in their order. */
    Set<String> names() {
        return data.keySet();
    }

    boolean isObject(String name) {
        JsonValue value = data.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT;
    }

    boolean has(String name) {
        JsonValue value = data.get(name);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL
                && !(value instanceof JsonString text && text.getString().isBlank());
    }

    /** The object under {@code name}, or empty when it is not there. */
    Request object(String name) {
        JsonValue value = data.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw invalid(name);
        }
        return new Request(operation, path + name + "->", value.asJsonObject());
    }

    /** The objects under {@code name}: one object or an array of them. */
    List<Request> objects(String name) {
        JsonValue value = data.get(name);
        List<Request> objects = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return objects;
        }
        List<JsonValue> items = value.getValueType() == JsonValue.ValueType.ARRAY ? value.asJsonArray() : List.of(value);
        for (JsonValue item : items) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw invalid(name);
            }
            objects.add(new Request(operation, path + name + "->", item.asJsonObject()));
        }
        return objects;
    }

    /** A text (a number is taken as its digits); null when missing. */
    String text(String name) {
        JsonValue value = data.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            return text.getString().isBlank() ? null : text.getString().trim();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        throw invalid(name);
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null) {
            throw missing(name);
        }
        return value;
    }

    /** A whole number at least 1 (an id); null when missing. */
    Long id(String name) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        if (!value.matches("[1-9]\\d{0,17}")) {
            throw invalid(name);
        }
        return Long.valueOf(value);
    }

    /** Whether a flag is set: 1, "1" or true. */
    boolean flag(String name, boolean otherwise) {
        JsonValue value = data.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return otherwise;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        String text = text(name);
        return text != null && !"0".equals(text);
    }

    /** The texts of a list: an array of texts, or one text whose parts are separated by commas. */
    List<String> texts(String name) {
        JsonValue value = data.get(name);
        List<String> texts = new ArrayList<>();
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return texts;
        }
        if (value instanceof JsonArray array) {
            for (JsonValue item : array) {
                if (item instanceof JsonString text && !text.getString().isBlank()) {
                    texts.add(text.getString().trim());
                } else if (item instanceof JsonNumber number) {
                    texts.add(number.toString());
                } else if (item.getValueType() != JsonValue.ValueType.NULL) {
                    throw invalid(name);
                }
            }
            return texts;
        }
        String text = text(name);
        return new ArrayList<>(List.of(text == null ? new String[0] : text.split("\\s*,\\s*")));
    }

    /** The ids of a list (see {@link #texts}). */
    List<Long> ids(String name) {
        List<Long> ids = new ArrayList<>();
        for (String text : texts(name)) {
            if (!text.matches("[1-9]\\d{0,17}")) {
                throw invalid(name);
            }
            ids.add(Long.valueOf(text));
        }
        return ids;
    }

    /** Base64 content. */
    byte[] base64(String name) {
        try {
            return Base64.getMimeDecoder().decode(requiredText(name));
        } catch (IllegalArgumentException e) {
            throw invalid(name);
        }
    }

    ConnectorException missing(String name) {
        return new ConnectorException(operation + ".MissingParameter", operation + ": " + path + name + " parameter is missing!");
    }

    ConnectorException invalid(String name) {
        return new ConnectorException(operation + ".InvalidParameter", operation + ": " + path + name + " parameter is invalid!");
    }
}
