package org.helpdesk.api.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.helpdesk.shared.Jsons;
import org.w3c.dom.Document;
import org.w3c.dom.DOMException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The generic interface's data structure as XML, the way OTRS's GenericInterface writes it for SOAP and XSLT:
 * an object's fields are child elements named by their keys, a list is the same element repeated, a text is
 * the element's text; read back, an element with children is an object (a repeated name a list) and an empty
 * one is absent. Names are matched by local name, so qualified and unqualified elements read the same. Documents
 * are read with no document type and at most {@value #DEEPEST} levels deep.
 */
public final class XmlForm {

    /** The root element a whole request or response is written under for a mapping, as OTRS names it. */
    public static final String ROOT = "RootElement";
    /** The deepest nesting of elements read: a SOAP envelope with a ticket's data needs about ten. */
    static final int DEEPEST = 64;

    private XmlForm() {
    }

    /** The data as a document {@code <RootElement>…</RootElement>}; a key that is no XML name is refused. */
    public static Document toDocument(JsonObject data) throws MappingException {
        Document document = parser().newDocument();
        Element root = document.createElement(ROOT);
        document.appendChild(root);
        try {
            for (Map.Entry<String, JsonValue> field : data.entrySet()) {
                append(root, field.getKey(), field.getValue());
            }
        } catch (DOMException e) {
            throw new MappingException("A key is no XML element name");
        }
        return document;
    }

    private static void append(Element parent, String name, JsonValue value) {
        switch (value.getValueType()) {
            case ARRAY -> value.asJsonArray().forEach(item -> append(parent, name, item));
            case OBJECT -> {
                Element element = parent.getOwnerDocument().createElement(name);
                parent.appendChild(element);
                value.asJsonObject().forEach((key, item) -> append(element, key, item));
            }
            case NULL -> {
                // absent
            }
            default -> {
                Element element = parent.getOwnerDocument().createElement(name);
                element.setTextContent(printable(text(value)));
                parent.appendChild(element);
            }
        }
    }

    /** A value written as elements named {@code name} (see the class comment), unqualified. */
    public static void write(XMLStreamWriter xml, String name, JsonValue value) throws XMLStreamException {
        switch (value.getValueType()) {
            case ARRAY -> {
                for (JsonValue item : value.asJsonArray()) {
                    write(xml, name, item);
                }
            }
            case OBJECT -> {
                xml.writeStartElement(name);
                for (Map.Entry<String, JsonValue> field : value.asJsonObject().entrySet()) {
                    write(xml, field.getKey(), field.getValue());
                }
                xml.writeEndElement();
            }
            case NULL -> {
                // absent
            }
            default -> {
                xml.writeStartElement(name);
                xml.writeCharacters(printable(text(value)));
                xml.writeEndElement();
            }
        }
    }

    private static String text(JsonValue value) {
        return value instanceof JsonString text ? text.getString()
                : value == JsonValue.TRUE ? "1" : value == JsonValue.FALSE ? "0" : value.toString();
    }

    /** The text without the control characters XML 1.0 cannot carry. */
    private static String printable(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    /** An element's content as data (see the class comment). */
    public static JsonValue toJson(Element element) {
        Map<String, List<JsonValue>> fields = new LinkedHashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                fields.computeIfAbsent(localName(child), name -> new ArrayList<>()).add(toJson(child));
            }
        }
        if (fields.isEmpty()) {
            String text = element.getTextContent();
            return text.isBlank() ? JsonValue.NULL : Jsons.value(text);
        }
        JsonObjectBuilder object = Jsons.object();
        fields.forEach((name, values) -> {
            if (values.size() == 1) {
                object.add(name, values.get(0));
            } else {
                JsonArrayBuilder list = Jsons.array();
                values.forEach(list::add);
                object.add(name, list);
            }
        });
        return object.build();
    }

    /** An element's content as an object: one without children is the empty object. */
    public static JsonObject toObject(Element element) {
        return toJson(element) instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT;
    }

    public static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    /** A namespace-aware parser that refuses document types, so no entity, internal or external, is ever expanded. */
    public static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            // a document nested deeper than any request needs is refused while parsing, not walked later
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", String.valueOf(DEEPEST));
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // nothing to tell
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No safe XML parser", e);
        }
    }
}
