package org.helpdesk.web.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.helpdesk.api.mapping.XmlForm;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * SOAP 1.1 messages of the web service GenericTicketConnectorSOAP and the data structure inside them, read and
 * written as Znuny does: a request's body element names the operation and its children are the data (matched
 * by local name, in any order, qualified or not; an element with children is an object, a repeated element a
 * list, an empty one absent; see {@link XmlForm}); a response is {@code <tns:OperationResponse>} with the
 * result's fields as unqualified children, a list as repeated elements. Requests are parsed with no document type
 * and no external entities.
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
            document = XmlForm.parser().parse(new InputSource(new ByteArrayInputStream(message)));
        } catch (SAXException | IOException e) {
            throw new Malformed("The request is no well-formed XML document");
        }
        Element envelope = document.getDocumentElement();
        Element body = "Envelope".equals(XmlForm.localName(envelope)) ? child(envelope, "Body") : null;
        Element operation = body == null ? null : firstChild(body);
        if (operation == null) {
            throw new Malformed("The request has no SOAP body with an operation");
        }
        return new Call(XmlForm.localName(operation), XmlForm.toObject(operation));
    }

    /** The envelope answering {@code operation} with {@code result}. */
    static byte[] response(String operation, JsonObject result) {
        return envelope(xml -> {
            xml.writeStartElement("tns", operation + "Response", NAMESPACE);
            xml.writeNamespace("tns", NAMESPACE);
            for (Map.Entry<String, JsonValue> field : result.entrySet()) {
                XmlForm.write(xml, field.getKey(), field.getValue());
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

    private static Element child(Element parent, String localName) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && localName.equals(XmlForm.localName(child))) {
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
}
