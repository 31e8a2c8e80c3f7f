package org.helpdesk.api.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import javax.xml.transform.Templates;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.helpdesk.api.mapping.ApiMapping.Kind;
import org.helpdesk.shared.Jsons;
import org.helpdesk.shared.ValidationException;

/**
 * A mapping ready to run (see {@link ApiMapping}). SIMPLE renames keys at any depth ({@code from = to}) and
 * replaces values under a key as it is named after the renaming ({@code Key: from = to}); what no line names
 * stays as it is. XSLT runs the stylesheet on the data's {@link XmlForm XML form} and reads the result back
 * the same way, its root element's children being the new data.
 */
public final class Mapping {

    static final Mapping NONE = new Mapping(Map.of(), Map.of(), null);
    /** A key as SOAP and XSLT can carry it: an XML element name. */
    private static final java.util.regex.Pattern XML_NAME = java.util.regex.Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");

    private final Map<String, String> keys;
    private final Map<String, Map<String, String>> values;
    private final Templates stylesheet;

    private Mapping(Map<String, String> keys, Map<String, Map<String, String>> values, Templates stylesheet) {
        this.keys = keys;
        this.values = values;
        this.stylesheet = stylesheet;
    }

    /**
     * A mapping ready to run: key and value lines for SIMPLE, a stylesheet for XSLT. A {@link ValidationException}
     * on the offending field ({@code keyMap}, {@code valueMap}, {@code stylesheet}) when it cannot be.
     */
    static Mapping of(Kind given, String keyMap, String valueMap, String stylesheet) {
        Kind kind = given == null ? Kind.NONE : given;
        return switch (kind) {
            case NONE -> NONE;
            case SIMPLE -> new Mapping(keyLines(keyMap), valueLines(valueMap), null);
            case XSLT -> {
                if (stylesheet == null || stylesheet.isBlank()) {
                    throw new ValidationException("stylesheet", "validation.required");
                }
                try {
                    yield new Mapping(Map.of(), Map.of(), Stylesheets.compile(stylesheet));
                } catch (MappingException e) {
                    throw new ValidationException("stylesheet", "mapping.stylesheetInvalid", e.getMessage());
                }
            }
        };
    }

    public boolean isNone() {
        return this == NONE;
    }

    /**
     * The data mapped; a stylesheet runs on one of the executor's threads and gets {@code operation} as its
     * parameter {@code Operation}.
     */
    public JsonObject apply(JsonObject data, String operation, ExecutorService executor) throws MappingException {
        if (stylesheet != null) {
            return XmlForm.toObject(Stylesheets.run(stylesheet, XmlForm.toDocument(data), operation, executor).getDocumentElement());
        }
        return isNone() ? data : simple(data).asJsonObject();
    }

    private JsonValue simple(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                JsonObjectBuilder object = Jsons.object();
                value.asJsonObject().forEach((key, item) -> {
                    String name = keys.getOrDefault(key, key);
                    object.add(name, replaced(name, simple(item)));
                });
                yield object.build();
            }
            case ARRAY -> {
                JsonArrayBuilder array = Jsons.array();
                value.asJsonArray().forEach(item -> array.add(simple(item)));
                yield array.build();
            }
            default -> value;
        };
    }

    private JsonValue replaced(String key, JsonValue value) {
        Map<String, String> replacements = values.get(key);
        if (replacements == null) {
            return value;
        }
        if (value instanceof JsonString text && replacements.containsKey(text.getString())) {
            return Jsons.value(replacements.get(text.getString()));
        }
        if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            JsonArrayBuilder array = Jsons.array();
            value.asJsonArray().forEach(item -> array.add(replaced(key, item)));
            return array.build();
        }
        return value;
    }

    /** {@code from = to} lines; blank lines and those starting with {@code #} are skipped. */
    private static Map<String, String> keyLines(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String from = equals < 0 ? "" : line.substring(0, equals).trim();
            String to = equals < 0 ? "" : line.substring(equals + 1).trim();
            if (!XML_NAME.matcher(from).matches() || !XML_NAME.matcher(to).matches()) {
                throw new ValidationException("keyMap", "mapping.keyLine", i + 1);
            }
            map.put(from, to);
        }
        return Map.copyOf(map);
    }

    /** {@code Key: from = to} lines. */
    private static Map<String, Map<String, String>> valueLines(String text) {
        Map<String, Map<String, String>> map = new LinkedHashMap<>();
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            int equals = line.indexOf('=', Math.max(colon, 0));
            String key = colon < 0 ? "" : line.substring(0, colon).trim();
            String from = colon < 0 || equals < 0 ? "" : line.substring(colon + 1, equals).trim();
            String to = equals < 0 ? "" : line.substring(equals + 1).trim();
            if (key.isEmpty() || from.isEmpty() || equals < 0) {
                throw new ValidationException("valueMap", "mapping.valueLine", i + 1);
            }
            map.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(from, to);
        }
        Map<String, Map<String, String>> frozen = new LinkedHashMap<>();
        map.forEach((key, replacements) -> frozen.put(key, Map.copyOf(replacements)));
        return Map.copyOf(frozen);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().toList();
    }
}
