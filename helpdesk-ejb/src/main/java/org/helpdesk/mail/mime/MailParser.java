package org.helpdesk.mail.mime;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;

import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.SharedByteArrayInputStream;

/**
 * Turns the raw bytes of a received e-mail (RFC 5322 / MIME) into a {@link ParsedMail}. Pure Java on
 * top of Jakarta Mail: no container, no database, safe to call from any thread.
 * <p>
 * The rules, in short (details on {@link ParsedMail} and {@link ParsedAttachment}):
 * <ul>
 * <li><b>Identity.</b> Message-ID as sent, or {@code <sha256-hex-of-the-raw-bytes@helpdesk.invalid>}
 * when missing, so the same bytes always get the same id. In-Reply-To and References give the thread.</li>
 * <li><b>Sender.</b> The first address of From; a mail without From, or whose From holds no
 * {@code local@domain} address, is rejected. To and Cc keep the readable addresses only.</li>
 * <li><b>Text.</b> Headers are unfolded and RFC 2047-decoded; in raw 8-bit header bytes, each
 * valid UTF-8 sequence is read as UTF-8 and any other byte as windows-1252. Body parts are decoded
 * from their bytes with the declared charset, ISO-8859-1 and US-ASCII being read as windows-1252;
 * without a usable charset, UTF-8 when the bytes are valid UTF-8, else windows-1252.</li>
 * <li><b>Structure.</b> multipart/alternative gives the text and the HTML (the last, richest
 * alternative of each); the body parts of multipart/mixed (and of unknown subtypes) are
 * concatenated in order, and once one of them is HTML, the HTML holds them all (plain parts as
 * escaped paragraphs) just as the text does (HTML parts as text); in multipart/related, the parts
 * besides the root that have a Content-ID are inline images; parts marked as attachment or with a
 * file name are attachments; a forwarded message/rfc822 is one {@code .eml} attachment. A mail
 * with only HTML gets its text derived from the HTML.</li>
 * <li><b>Failures.</b> A broken MIME structure or undecodable content (e.g. corrupt base64) gives an
 * {@link UnparsableMailException} with a short reason; the mail should go to quarantine.</li>
 * </ul>
 */
public final class MailParser {

    private static final String SYNTHETIC_ID_DOMAIN = "@helpdesk.invalid>";

    /*
     * Only properties that Jakarta Mail reads from the session are set here. Others it reads from
     * JVM system properties only (mail.mime.decodefilename, mail.mime.decodeparameters,
     * mail.mime.base64.ignoreerrors): file names are decoded by this parser itself, and corrupt base64
     * fails as long as nobody sets mail.mime.base64.ignoreerrors=true for the whole server.
     *
     * mail.mime.allowutf8 stays off on purpose: it only applies to the top-level headers, and there it
     * turns raw ISO-8859-1 bytes into U+FFFD for good. Off, headers arrive one byte per char, and
     * MailCharsets.repair reads them as UTF-8 or windows-1252 in every part alike.
     */
    private static final Session SESSION = Session.getInstance(sessionProperties());

    private MailParser() {
    }

    /**
     * Parses a received e-mail.
     *
     * @param raw the message as received (headers and body), CRLF or LF line ends
     * @return the parsed mail; never {@code null}
     * @throws UnparsableMailException when the mail cannot be read; its message says why, in English
     */
    public static ParsedMail parse(byte[] raw) throws UnparsableMailException {
        Objects.requireNonNull(raw, "raw");
        MimeMessage message = read(raw);
        MailAddresses.Mailbox from = sender(message);
        String inReplyTo = first(MailHeaders.messageIds(rawHeader(message, "In-Reply-To", " ")));
        Map<String, List<String>> headers = headers(message);
        MimeTreeReader tree = new MimeTreeReader();
        MimeTreeReader.Body body = tree.read(message);
        return new ParsedMail(messageId(message, raw), inReplyTo, references(message, inReplyTo),
                from.address(), from.name(),
                recipients(message, "To"), recipients(message, "Cc"),
                subject(headers), sentDate(message), headers,
                body.plainText(), body.html(), tree.attachments(), raw.length);
    }

    /**
     * The Message-ID of a message that may not parse: the header's id when it can be read, else the
     * synthetic one {@link #parse} would give. Never fails.
     */
    public static String messageIdOf(byte[] raw) {
        try {
            return messageId(read(raw), raw);
        } catch (UnparsableMailException | RuntimeException e) {
            return "<" + sha256Hex(raw) + SYNTHETIC_ID_DOMAIN;
        }
    }

    /** The From and Subject of a message as far as they can be read, each {@code null} when not. */
    public record Heading(String from, String subject) {
    }

    /**
     * The heading of a message that may not parse, for the record of a quarantined mail: the first
     * address of From (its decoded text when it holds none) and the decoded Subject. Never fails.
     */
    public static Heading headingOf(byte[] raw) {
        try {
            InternetHeaders headers = new InternetHeaders(new ByteArrayInputStream(raw));
            String from = headers.getHeader("From", ",");
            String subject = headers.getHeader("Subject", null);
            List<MailAddresses.Mailbox> addresses = MailAddresses.parse(from);
            return new Heading(addresses.isEmpty() ? readable(from) : addresses.get(0).address(), readable(subject));
        } catch (MessagingException | RuntimeException unreadable) {
            return new Heading(null, null);
        }
    }

    /** A header value decoded, whitespace collapsed; {@code null} when absent or blank. */
    private static String readable(String rawValue) {
        String value = rawValue == null ? "" : MailHeaders.collapseWhitespace(MailHeaders.decode(rawValue));
        return value.isEmpty() ? null : value;
    }

    private static Properties sessionProperties() {
        Properties properties = new Properties();
        properties.setProperty("mail.mime.allowutf8", "false");
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingboundaryparameter", "true");
        properties.setProperty("mail.mime.multipart.allowempty", "true");
        return properties;
    }

    private static MimeMessage read(byte[] raw) throws UnparsableMailException {
        try {
            // a SharedInputStream: parts are views on the raw bytes, not copies
            return new MimeMessage(SESSION, new SharedByteArrayInputStream(raw));
        } catch (MessagingException e) {
            throw new UnparsableMailException("Unreadable message headers", e);
        }
    }

    /** All values of a header joined with the delimiter, or {@code null}. */
    private static String rawHeader(MimeMessage message, String name, String delimiter) throws UnparsableMailException {
        try {
            return message.getHeader(name, delimiter);
        } catch (MessagingException e) {
            throw new UnparsableMailException("Unreadable " + name + " header", e);
        }
    }

    /** The bare addresses of every occurrence of the header, each read on its own. */
    private static List<String> recipients(MimeMessage message, String name) throws UnparsableMailException {
        try {
            String[] values = message.getHeader(name);
            if (values == null) {
                return List.of();
            }
            return Arrays.stream(values).flatMap(value -> MailAddresses.bareAddresses(value).stream()).distinct().toList();
        } catch (MessagingException e) {
            throw new UnparsableMailException("Unreadable " + name + " header", e);
        }
    }

    private static MailAddresses.Mailbox sender(MimeMessage message) throws UnparsableMailException {
        String from = rawHeader(message, "From", ",");
        if (from == null || from.isBlank()) {
            throw new UnparsableMailException("Message has no From header", null);
        }
        List<MailAddresses.Mailbox> addresses = MailAddresses.parse(from);
        if (addresses.isEmpty()) {
            throw new UnparsableMailException("From header has no valid e-mail address: "
                    + abbreviate(MailHeaders.decode(from)), null);
        }
        return addresses.get(0);
    }

    private static String messageId(MimeMessage message, byte[] raw) throws UnparsableMailException {
        String id = messageIdOfHeader(rawHeader(message, "Message-ID", " "));
        return id != null ? id : "<" + sha256Hex(raw) + SYNTHETIC_ID_DOMAIN;
    }

    /**
     * The Message-ID as Helpdesk records it, from the raw value of a message's Message-ID header;
     * {@code null} when the header is missing or blank (then the id is made from the message's bytes).
     */
    public static String messageIdOfHeader(String rawValue) {
        String header = MailHeaders.unfold(rawValue);
        if (header == null || header.isBlank()) {
            return null;
        }
        String id = first(MailHeaders.messageIds(header));
        return id != null ? id : "<" + header.replaceAll("\\s+", "") + ">";
    }

    /** The ids of References in order, without repeats, then In-Reply-To if References lacks it. */
    private static List<String> references(MimeMessage message, String inReplyTo) throws UnparsableMailException {
        Set<String> references = new LinkedHashSet<>(MailHeaders.messageIds(rawHeader(message, "References", " ")));
        if (inReplyTo != null) {
            references.add(inReplyTo);
        }
        return new ArrayList<>(references);
    }

    private static Map<String, List<String>> headers(MimeMessage message) throws UnparsableMailException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        try {
            Enumeration<Header> all = message.getAllHeaders();
            while (all.hasMoreElements()) {
                Header header = all.nextElement();
                headers.computeIfAbsent(header.getName().toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                        .add(MailHeaders.decode(header.getValue()));
            }
        } catch (MessagingException e) {
            throw new UnparsableMailException("Unreadable message headers", e);
        }
        return headers;
    }

    private static String subject(Map<String, List<String>> headers) {
        List<String> subject = headers.get("subject");
        return subject == null ? "" : MailHeaders.collapseWhitespace(subject.get(0));
    }

    private static Instant sentDate(MimeMessage message) {
        try {
            Date sent = message.getSentDate();
            return sent == null ? null : sent.toInstant();
        } catch (MessagingException unreadableDate) {
            return null;
        }
    }

    private static String sha256Hex(byte[] raw) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
