package org.helpdesk.web.api.v1;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.helpdesk.shared.Jsons;
import org.helpdesk.ticket.NewAttachment;
import org.helpdesk.web.api.RequestBodies;

/**
 * A native API request's JSON body, read strictly: an object whose fields are all known, each of its type; any
 * other is refused with HTTP 400 naming the field (413 for a body over the limit).
 */
final class V1Request {

    private final String path;
    private final JsonObject data;

    private V1Request(String path, JsonObject data, Set<String> known) {
        this.path = path;
        this.data = data;
        Set<String> unknown = new TreeSet<>(data.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("Unknown field " + path + unknown.iterator().next());
        }
    }

    static V1Request read(InputStream body, Set<String> known) {
        String text;
        try {
            text = new String(RequestBodies.read(body), StandardCharsets.UTF_8);
        } catch (RequestBodies.TooLarge e) {
            throw new ApiProblem(413, "too_large", "The request is larger than " + RequestBodies.LARGEST + " bytes");
        } catch (IOException e) {
            throw ApiProblem.badRequest("The request could not be read");
        }
        try (JsonReader reader = Jsons.reader(new StringReader(text))) {
            return new V1Request("", reader.readObject(), known);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw ApiProblem.badRequest("The body is no JSON object");
        }
    }

    /** Whether the request names the member, even as null. */
    boolean present(String name) {
        return data.containsKey(name);
    }

    boolean has(String name) {
        return data.containsKey(name) && data.get(name).getValueType() != JsonValue.ValueType.NULL;
    }

    String text(String name) {
        if (!has(name)) {
            return null;
        }
        if (data.get(name) instanceof JsonString text) {
            return text.getString();
        }
        throw wrongType(name, "a string");
    }

    Long id(String name) {
        if (!has(name)) {
            return null;
        }
        if (data.get(name) instanceof JsonNumber number && number.isIntegral() && number.longValue() > 0) {
            return number.longValue();
        }
        throw wrongType(name, "a positive whole number");
    }

    Integer integer(String name) {
        Long value = id(name);
        if (value != null && value > Integer.MAX_VALUE) {
            throw wrongType(name, "a positive whole number");
        }
        return value == null ? null : value.intValue();
    }

    boolean flag(String name, boolean otherwise) {
        if (!has(name)) {
            return otherwise;
        }
        JsonValue value = data.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw wrongType(name, "true or false");
    }

    <E extends Enum<E>> E choice(String name, Class<E> type) {
        String text = text(name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw wrongType(name, "one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(java.util.Locale.ROOT));
        }
    }

    V1Request object(String name, Set<String> known) {
        if (!has(name)) {
            return null;
        }
        if (data.get(name) instanceof JsonObject object) {
            return new V1Request(path + name + ".", object, known);
        }
        throw wrongType(name, "an object");
    }

    /** {@code attachments: [{filename, contentType, content (base64)}]}. */
    List<NewAttachment> attachments(String name) {
        List<NewAttachment> attachments = new ArrayList<>();
        if (!has(name)) {
            return attachments;
        }
        if (data.get(name).getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(name, "an array");
        }
        int index = 0;
        for (JsonValue item : data.getJsonArray(name)) {
            if (!(item instanceof JsonObject object)) {
                throw wrongType(name, "an array of objects");
            }
            V1Request attachment = new V1Request(path + name + "[" + index++ + "].", object, Set.of("filename", "contentType", "content"));
            String filename = attachment.text("filename");
            String content = attachment.text("content");
            if (filename == null || content == null) {
                throw ApiProblem.badRequest(attachment.path + (filename == null ? "filename" : "content") + " is required");
            }
            try {
                attachments.add(new NewAttachment(filename, attachment.text("contentType") == null ? "application/octet-stream"
                        : attachment.text("contentType"), Base64.getMimeDecoder().decode(content)));
            } catch (IllegalArgumentException e) {
                throw attachment.wrongType("content", "base64");
            }
        }
        return attachments;
    }

    private ApiProblem wrongType(String name, String expected) {
        return ApiProblem.badRequest(path + name + " must be " + expected);
    }
}
