package org.helpdesk.web.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * SOAP 1.1 messages of the web service GenericTicketConnectorSOAP and the data structure inside them, read and
 * written as Znuny does: a request's body element names the operation and its children are the data (matched
 * by local name, in any order, qualified or not; an element with children is an object, a repeated element a
 * list, an empty one absent); a response is {@code <tns:OperationResponse>} with the result's fields as
 * unqualified children, a list as repeated elements. Requests are parsed with no document type and no external
 * entities.
 */
final class SoapMessages {

    static final String NAMESPACE = "http://www.otrs.org/TicketConnector/";
    private static final String ENVELOPE = "http://schemas.xmlsoap.org/soap/envelope/";

    private SoapMessages() {
    }

    /** A request: the operation its body element names and that element's content as data. */
    record Call(String operation, JsonObject data) {
    }

    /** A message that is no SOAP request. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message);
        }
    }

    static Call read(byte[] message) throws Malformed {
        Document document;
        try {
            document = parser().parse(new InputSource(new ByteArrayInputStream(message)));
        } catch (SAXException | IOException e) {
            throw new Malformed("The request is no well-formed XML document");
        }
        Element envelope = document.getDocumentElement();
        Element body = "Envelope".equals(localName(envelope)) ? child(envelope, "Body") : null;
        Element operation = body == null ? null : firstChild(body);
        if (operation == null) {
            throw new Malformed("The request has no SOAP body with an operation");
        }
        JsonValue data = toJson(operation);
        return new Call(localName(operation), data instanceof JsonObject object ? object : JsonValue.EMPTY_JSON_OBJECT);
    }

    /** The envelope answering {@code operation} with {@code result}. */
    static byte[] response(String operation, JsonObject result) {
        return envelope(xml -> {
            xml.writeStartElement("tns", operation + "Response", NAMESPACE);
            xml.writeNamespace("tns", NAMESPACE);
            for (Map.Entry<String, JsonValue> field : result.entrySet()) {
                write(xml, field.getKey(), field.getValue());
            }
            xml.writeEndElement();
        });
    }

    /** A SOAP 1.1 fault: {@code Client} for a request that could not be understood, {@code Server} otherwise. */
    static byte[] fault(boolean client, String message) {
        return envelope(xml -> {
            xml.writeStartElement("soap", "Fault", ENVELOPE);
            xml.writeStartElement("faultcode");
            xml.writeCharacters(client ? "soap:Client" : "soap:Server");
            xml.writeEndElement();
            xml.writeStartElement("faultstring");
            xml.writeCharacters(message);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static byte[] envelope(Content content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("soap", "Envelope", ENVELOPE);
            xml.writeNamespace("soap", ENVELOPE);
            xml.writeStartElement("soap", "Body", ENVELOPE);
            content.write(xml);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a SOAP message", e);
        }
        return bytes.toByteArray();
    }

    /** A value as elements named {@code name}: an object's fields as children, a list as repeated elements. */
    private static void write(XMLStreamWriter xml, String name, JsonValue value) throws XMLStreamException {
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
                xml.writeCharacters(printable(value instanceof JsonString text ? text.getString()
                        : value == JsonValue.TRUE ? "1" : value == JsonValue.FALSE ? "0" : value.toString()));
                xml.writeEndElement();
            }
        }
    }

    /** The text without the control characters XML 1.0 cannot carry. */
    private static String printable(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }

    /** An element as data: with child elements an object (a repeated name a list), otherwise its text, empty as null. */
    private static JsonValue toJson(Element element) {
        Map<String, List<JsonValue>> fields = new LinkedHashMap<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                fields.computeIfAbsent(localName(child), name -> new ArrayList<>()).add(toJson(child));
            }
        }
        if (fields.isEmpty()) {
            String text = element.getTextContent().trim();
            return text.isEmpty() ? JsonValue.NULL : Json.createValue(text);
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        fields.forEach((name, values) -> {
            if (values.size() == 1) {
                object.add(name, values.get(0));
            } else {
                JsonArrayBuilder list = Json.createArrayBuilder();
                values.forEach(list::add);
                object.add(name, list);
            }
        });
        return object.build();
    }

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && localName.equals(localName(child))) {
                return child;
            }
        }
        return null;
    }

    private static Element firstChild(Element parent) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                return child;
            }
        }
        return null;
    }

    private static String localName(Element element) {
        return element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    }

    /** A namespace-aware parser that refuses document types, so no entity, internal or external, is expanded. */
    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
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
