package org.helpdesk.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentDisposition;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;

/**
 * The headers of one MIME part that decide what it is, read leniently: a Content-Type or
 * Content-Disposition that Jakarta Mail's strict parser rejects is still read for its type and its
 * parameters, and an unknown Content-Transfer-Encoding leaves the content as it is.
 */
final class PartInfo {

    private static final Set<String> DECODABLE_ENCODINGS = Set.of("base64", "quoted-printable", "uuencode", "x-uuencode", "x-uue");
    private static final Pattern BASE_TYPE = Pattern.compile("\\s*([\\w.+-]+/[\\w.+-]+)");
    private static final Pattern FIRST_TOKEN = Pattern.compile("\\s*\"?([\\w.+-]+)");

    final MimePart part;
    final String path;
    final String baseType;
    final String charset;
    final String disposition;
    final String fileName;
    final String contentId;
    final String encoding;
    /** The {@code start} parameter of a multipart/related: the Content-ID of its root part. */
    final String start;

    private PartInfo(MimePart part, String path, String defaultType) throws MessagingException {
        this.part = part;
        this.path = path;
        String contentType = header("Content-Type");
        String contentDisposition = header("Content-Disposition");
        ContentType type = parseContentType(contentType);
        this.baseType = type != null ? type.getBaseType().toLowerCase(Locale.ROOT) : baseTypeOf(contentType, defaultType);
        this.charset = type != null ? type.getParameter("charset") : parameter(contentType, "charset");
        this.start = type != null ? type.getParameter("start") : parameter(contentType, "start");
        this.disposition = firstToken(contentDisposition);
        String sentName = FileNames.clean(fileNameOf(contentDisposition));
        this.fileName = sentName != null ? sentName
                : FileNames.clean(type != null ? type.getParameter("name") : parameter(contentType, "name"));
        this.contentId = idOf(header("Content-ID"));
        this.encoding = firstToken(header("Content-Transfer-Encoding"));
    }

    /** @param defaultType the type of a part without Content-Type: text/plain, or message/rfc822 in a multipart/digest */
    static PartInfo read(MimePart part, String path, String defaultType) throws MessagingException {
        return new PartInfo(part, path, defaultType);
    }

    boolean isMultipart() {
        return baseType.startsWith("multipart/");
    }

    boolean isMessage() {
        return baseType.equals("message/rfc822") || baseType.equals("message/global");
    }

    boolean isAttachmentDisposition() {
        return "attachment".equals(disposition);
    }

    boolean isInlineDisposition() {
        return "inline".equals(disposition);
    }

    /** A text/plain or text/html part that is neither marked as attachment nor named like a file. */
    boolean isBodyText() {
        return (baseType.equals("text/plain") || baseType.equals("text/html")) && !isAttachmentDisposition() && fileName == null;
    }

    /** The content with the transfer encoding (base64, quoted-printable) undone. */
    byte[] content() throws MessagingException, IOException {
        InputStream raw = part instanceof MimeMessage message ? message.getRawInputStream() : ((MimeBodyPart) part).getRawInputStream();
        try (InputStream in = encoding != null && DECODABLE_ENCODINGS.contains(encoding) ? MimeUtility.decode(raw, encoding) : raw) {
            return in.readAllBytes();
        }
    }

    /** "MIME part 1.2 (image/png)" or "the message body (text/plain)", for error messages. */
    String describe() {
        return (path.isEmpty() ? "the message body" : "MIME part " + path) + " (" + baseType + ")";
    }

    private String header(String name) throws MessagingException {
        String[] values = part.getHeader(name);
        return values == null || values.length == 0 ? null : MailHeaders.unfold(MailCharsets.repair(values[0]));
    }

    private static ContentType parseContentType(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new ContentType(value);
        } catch (ParseException strictParserRejectedIt) {
            return null;
        }
    }

    private static String baseTypeOf(String contentType, String defaultType) {
        Matcher base = contentType == null ? null : BASE_TYPE.matcher(contentType);
        return base != null && base.lookingAt() ? base.group(1).toLowerCase(Locale.ROOT) : defaultType;
    }

    private static String fileNameOf(String contentDisposition) {
        if (contentDisposition == null) {
            return null;
        }
        try {
            return new ContentDisposition(contentDisposition).getParameter("filename");
        } catch (ParseException strictParserRejectedIt) {
            return parameter(contentDisposition, "filename");
        }
    }

    /** A parameter read without the strict parser, for headers it rejects (no RFC 2231 support). */
    private static String parameter(String headerValue, String name) {
        if (headerValue == null) {
            return null;
        }
        Matcher parameter = Pattern.compile("(?i);\\s*" + Pattern.quote(name) + "\\s*=\\s*(?:\"([^\"]*)\"|([^;]*))").matcher(headerValue);
        if (!parameter.find()) {
            return null;
        }
        return (parameter.group(1) != null ? parameter.group(1) : parameter.group(2)).trim();
    }

    private static String firstToken(String value) {
        Matcher token = value == null ? null : FIRST_TOKEN.matcher(value);
        return token != null && token.lookingAt() ? token.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static String idOf(String contentId) {
        if (contentId == null) {
            return null;
        }
        String id = contentId.trim();
        if (id.startsWith("<")) {
            id = id.substring(1);
        }
        if (id.endsWith(">")) {
            id = id.substring(0, id.length() - 1);
        }
        id = id.trim();
        return id.isEmpty() ? null : id;
    }
}
