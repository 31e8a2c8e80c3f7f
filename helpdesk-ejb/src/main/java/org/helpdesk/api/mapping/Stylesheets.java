package org.helpdesk.api.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.xml.XMLConstants;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.URIResolver;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * XSLT stylesheets run safely: the JDK's own processor with secure processing (no extension functions, no
 * Java calls), nothing outside the stylesheet reachable (no {@code xsl:import}/{@code xsl:include}, no
 * {@code document()}, no document types), and each run bounded in time and in the size of what it writes.
 */
final class Stylesheets {

    /** How long one run may take. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(5);
    /** How many characters one run may write. */
    static final int SIZE_LIMIT = 40 * 1024 * 1024;

    private static final URIResolver NOTHING_OUTSIDE = (href, base) -> {
        throw new TransformerException("The stylesheet may not read " + href);
    };

    private Stylesheets() {
    }

    /** The compiled stylesheet; a message with the line when it is no valid XSLT or reaches outside itself. */
    static Templates compile(String stylesheet) throws MappingException {
        Document document;
        try {
            document = XmlForm.parser().parse(new InputSource(new StringReader(stylesheet)));
        } catch (SAXException | IOException e) {
            throw new MappingException("The stylesheet is no well-formed XML: " + e.getMessage());
        }
        Collecting errors = new Collecting();
        TransformerFactory factory = factory();
        factory.setErrorListener(errors);
        try {
            Templates templates = factory.newTemplates(new DOMSource(document));
            if (templates == null || errors.first != null) {
                throw new MappingException("The stylesheet is no valid XSLT: " + errors.describe());
            }
            return templates;
        } catch (TransformerConfigurationException e) {
            throw new MappingException("The stylesheet is no valid XSLT: "
                    + (errors.first != null ? errors.describe() : e.getMessageAndLocation()));
        }
    }

    /** The stylesheet run on the input, with {@code Operation} as a parameter, within {@link #TIME_LIMIT} and {@link #SIZE_LIMIT}. */
    static Document run(Templates templates, Document input, String operation, ExecutorService executor) throws MappingException {
        return run(templates, input, operation, executor, TIME_LIMIT, SIZE_LIMIT);
    }

    /**
     * The stylesheet run on the input on one of the executor's threads. Past the time limit the caller gets an
     * error at once and the run is stopped when it next writes (an XSLT processor cannot be stopped otherwise).
     */
    static Document run(Templates templates, Document input, String operation, ExecutorService executor, Duration timeLimit,
            int sizeLimit) throws MappingException {
        Future<String> result;
        try {
            result = executor.submit(() -> transform(templates, input, operation, sizeLimit));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw new MappingException("Too many stylesheets are running; try again later");
        }
        String output;
        try {
            output = result.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new MappingException("The stylesheet ran longer than " + timeLimit.toMillis() + " ms");
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new MappingException("Interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new MappingException(cause instanceof MappingException refused ? refused.getMessage()
                    : cause instanceof StackOverflowError ? "The stylesheet recursed too deep"
                    : "The stylesheet failed: " + cause.getMessage());
        }
        try {
            return XmlForm.parser().parse(new ByteArrayInputStream(output.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException | IOException e) {
            throw new MappingException("The stylesheet's result is no XML document: " + e.getMessage());
        }
    }

    private static String transform(Templates templates, Document input, String operation, int sizeLimit) throws MappingException {
        Bounded output = new Bounded(sizeLimit);
        try {
            Transformer transformer = templates.newTransformer();
            transformer.setURIResolver(NOTHING_OUTSIDE);
            transformer.setErrorListener(new Collecting());
            if (operation != null) {
                transformer.setParameter("Operation", operation);
            }
            transformer.transform(new DOMSource(input), new StreamResult(output));
        } catch (TransformerException e) {
            if (output.over) {
                throw new MappingException("The stylesheet wrote more than " + sizeLimit + " characters");
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new MappingException("Stopped");
            }
            throw new MappingException("The stylesheet failed: " + e.getMessageAndLocation());
        }
        return output.toString();
    }

    private static TransformerFactory factory() {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("No secure XSLT processor", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        factory.setURIResolver(NOTHING_OUTSIDE);
        return factory;
    }

    /** Keeps the first error (the processor would otherwise print them). */
    private static final class Collecting implements ErrorListener {
        private TransformerException first;

        @Override
        public void warning(TransformerException e) {
            // not an error
        }

        @Override
        public void error(TransformerException e) throws TransformerException {
            if (first == null) {
                first = e;
            }
            throw e;
        }

        @Override
        public void fatalError(TransformerException e) throws TransformerException {
            if (first == null) {
                first = e;
            }
            throw e;
        }

        String describe() {
            return first == null ? "unknown error" : first.getMessageAndLocation();
        }
    }

    /** The output, refusing to grow past the limit or to go on once the run was stopped. */
    private static final class Bounded extends Writer {
        private final StringWriter text = new StringWriter();
        private final int limit;
        private boolean over;

        Bounded(int limit) {
            this.limit = limit;
        }

        @Override
        public void write(char[] characters, int offset, int length) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new IOException("stopped");
            }
            if (text.getBuffer().length() + length > limit) {
                over = true;
                throw new IOException("too large");
            }
            text.write(characters, offset, length);
        }

        @Override
        public void flush() {
            // in memory
        }

        @Override
        public void close() {
            // in memory
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
