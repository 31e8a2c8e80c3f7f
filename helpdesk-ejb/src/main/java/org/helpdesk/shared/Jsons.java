package org.helpdesk.shared;

import java.io.Reader;
import java.util.Map;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;

/**
 * JSON-P with its provider looked up once. {@code Jsons.object()} and its siblings look the provider
 * up with a {@link java.util.ServiceLoader} on every call, which on WildFly cost more than the rest of a small
 * API request (BENCHMARKS.md, the generic interface); use these instead.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return PROVIDER.createObjectBuilder();
    }

    /** A builder that starts with the object's fields. */
    public static JsonObjectBuilder object(JsonObject fields) {
        return PROVIDER.createObjectBuilder(fields);
    }

    public static JsonArrayBuilder array() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonString value(String text) {
        return PROVIDER.createValue(text);
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    public static JsonWriterFactory writerFactory(Map<String, ?> config) {
        return PROVIDER.createWriterFactory(config);
    }
}
