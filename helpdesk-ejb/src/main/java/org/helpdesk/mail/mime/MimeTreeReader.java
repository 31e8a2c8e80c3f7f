package org.helpdesk.mail.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import jakarta.mail.internet.MimePartDataSource;

/**
 * Walks the MIME tree of a message, finds its text and HTML bodies and collects its attachments.
 * <ul>
 * <li>A text/plain or text/html part that is not marked as attachment and has no file name is body;
 * every other leaf part is an attachment.</li>
 * <li>multipart/alternative: the last (richest) alternative that has text gives the text, the last
 * that has HTML gives the HTML.</li>
 * <li>multipart/mixed, and any multipart subtype not known here: the bodies of all parts are
 * concatenated in order, text with a blank line between them, HTML one after the other. When some
 * part has HTML, every part is in the HTML too (plain text as escaped paragraphs), and when some
 * part has text, every part is in the text too (HTML as text): whichever of the two is shown, it
 * shows all the parts.</li>
 * <li>multipart/related: the root part (the {@code start} parameter, or the first part) is the body;
 * other parts with a Content-ID are inline attachments (images referenced by {@code cid:}); other
 * parts are treated as in multipart/mixed.</li>
 * <li>message/rfc822: one attachment with the message's raw bytes, named after its subject; never
 * flattened into the body.</li>
 * </ul>
 */
final class MimeTreeReader {

    private static final int MAX_DEPTH = 40;

    private final List<ParsedAttachment> attachments = new ArrayList<>();

    /** Reads the body of the message; its attachments are then in {@link #attachments()}. */
    Body read(MimeMessage message) throws UnparsableMailException {
        return walk(info(message, "", "text/plain"), 0);
    }

    List<ParsedAttachment> attachments() {
        return attachments;
    }

    private Body walk(PartInfo part, int depth) throws UnparsableMailException {
        if (part.isMultipart()) {
            return multipart(part, depth);
        }
        if (part.isMessage()) {
            addForwardedMessage(part);
            return Body.NONE;
        }
        if (part.isBodyText()) {
            return bodyText(part);
        }
        addAttachment(part, part.isInlineDisposition());
        return Body.NONE;
    }

    private Body multipart(PartInfo multipart, int depth) throws UnparsableMailException {
        if (depth >= MAX_DEPTH) {
            throw new UnparsableMailException("MIME parts are nested more than " + MAX_DEPTH + " levels deep", null);
        }
        List<PartInfo> children = children(multipart);
        return switch (multipart.baseType) {
            case "multipart/alternative" -> alternative(children, depth);
            case "multipart/related" -> related(children, rootIndex(multipart, children), depth);
            default -> mixed(children, depth);
        };
    }

    private Body alternative(List<PartInfo> alternatives, int depth) throws UnparsableMailException {
        String text = null;
        String html = null;
        for (PartInfo alternative : alternatives) {
            Body body = walk(alternative, depth + 1);
            text = body.text() != null ? body.text() : text;
            html = body.html() != null ? body.html() : html;
        }
        return new Body(text, html);
    }

    private Body mixed(List<PartInfo> parts, int depth) throws UnparsableMailException {
        List<Body> bodies = new ArrayList<>();
        for (PartInfo part : parts) {
            bodies.add(walk(part, depth + 1));
        }
        return Body.concatenate(bodies);
    }

    private Body related(List<PartInfo> parts, int root, int depth) throws UnparsableMailException {
        List<Body> bodies = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            PartInfo part = parts.get(i);
            if (i != root && part.contentId != null && !part.isMultipart()) {
                addAttachment(part, true);
            } else {
                bodies.add(walk(part, depth + 1));
            }
        }
        return Body.concatenate(bodies);
    }

    private static int rootIndex(PartInfo related, List<PartInfo> parts) {
        if (related.start != null) {
            String start = related.start.trim().replaceAll("^<|>$", "");
            for (int i = 0; i < parts.size(); i++) {
                if (start.equals(parts.get(i).contentId)) {
                    return i;
                }
            }
        }
        return 0;
    }

    private static List<PartInfo> children(PartInfo multipart) throws UnparsableMailException {
        String childType = multipart.baseType.equals("multipart/digest") ? "message/rfc822" : "text/plain";
        String prefix = multipart.path.isEmpty() ? "" : multipart.path + ".";
        try {
            MimeMultipart parts = new MimeMultipart(new MimePartDataSource(multipart.part));
            List<PartInfo> children = new ArrayList<>(parts.getCount());
            for (int i = 0; i < parts.getCount(); i++) {
                children.add(info((MimePart) parts.getBodyPart(i), prefix + (i + 1), childType));
            }
            return children;
        } catch (MessagingException e) {
            throw new UnparsableMailException("Broken MIME structure in " + multipart.describe() + detail(e), e);
        }
    }

    private static PartInfo info(MimePart part, String path, String defaultType) throws UnparsableMailException {
        try {
            return PartInfo.read(part, path, defaultType);
        } catch (MessagingException e) {
            throw new UnparsableMailException("Unreadable headers in " + (path.isEmpty() ? "the message" : "MIME part " + path)
                    + detail(e), e);
        }
    }

    private static Body bodyText(PartInfo part) throws UnparsableMailException {
        String decoded = MailCharsets.decode(content(part), part.charset);
        return part.baseType.equals("text/html") ? Body.ofHtml(decoded) : Body.ofText(decoded);
    }

    private void addAttachment(PartInfo part, boolean inline) throws UnparsableMailException {
        byte[] content = content(part);
        String name = part.fileName != null ? part.fileName : FileNames.numbered(attachments.size() + 1, part.baseType);
        attachments.add(new ParsedAttachment(name, part.baseType, part.contentId, inline, content));
    }

    private void addForwardedMessage(PartInfo part) throws UnparsableMailException {
        byte[] content = content(part);
        String name = FileNames.forMessage(subjectOf(content));
        attachments.add(new ParsedAttachment(name, "message/rfc822", part.contentId, part.isInlineDisposition(), content));
    }

    private static String subjectOf(byte[] message) {
        try {
            String subject = new InternetHeaders(new ByteArrayInputStream(message)).getHeader("Subject", null);
            return subject == null ? null : MailHeaders.collapseWhitespace(MailHeaders.decode(subject));
        } catch (MessagingException unreadableHeaders) {
            return null;
        }
    }

    private static byte[] content(PartInfo part) throws UnparsableMailException {
        try {
            return part.content();
        } catch (IOException | MessagingException e) {
            String what = part.encoding != null && !part.encoding.endsWith("bit") && !part.encoding.equals("binary")
                    ? "Corrupt " + part.encoding + " content in "
                    : "Unreadable content in ";
            throw new UnparsableMailException(what + part.describe() + detail(e), e);
        }
    }

    /** Jakarta Mail's own explanation, when it is short enough for a list of quarantined mails. */
    private static String detail(Exception e) {
        String message = e.getMessage();
        return message == null || message.length() > 100 ? "" : ": " + message;
    }

    /** The text and HTML found in (part of) a MIME tree; either may be {@code null}. */
    record Body(String text, String html) {

        static final Body NONE = new Body(null, null);

        private static final Pattern LINE_END = Pattern.compile("\r\n|\r");
        private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");

        /** Plain text with {@code \n} line ends and no trailing whitespace; nothing when blank. */
        static Body ofText(String text) {
            String normalized = LINE_END.matcher(text).replaceAll("\n").stripTrailing();
            return new Body(normalized.isBlank() ? null : normalized, null);
        }

        /** HTML exactly as received; nothing when blank. */
        static Body ofHtml(String html) {
            return new Body(null, html.isBlank() ? null : html);
        }

        /** The bodies one after the other: each of text and HTML, when present in any body, holds them all. */
        static Body concatenate(List<Body> bodies) {
            List<Body> present = bodies.stream().filter(body -> body.text != null || body.html != null).toList();
            String text = present.stream().anyMatch(body -> body.text != null)
                    ? present.stream().map(Body::plainText).filter(part -> !part.isBlank()).collect(Collectors.joining("\n\n"))
                    : null;
            String html = present.stream().anyMatch(body -> body.html != null)
                    ? present.stream().map(Body::richText).collect(Collectors.joining("\n"))
                    : null;
            return new Body(text, html);
        }

        /** The text of the mail: the text body, else the HTML body as text, else "". */
        String plainText() {
            if (text != null) {
                return text;
            }
            return html != null ? HtmlToText.convert(html) : "";
        }

        /** The HTML body, else the text body as HTML paragraphs (escaped, line breaks kept). */
        private String richText() {
            if (html != null) {
                return html;
            }
            return BLANK_LINES.splitAsStream(text.strip())
                    .map(paragraph -> "<p>" + escape(paragraph).replace("\n", "<br>\n") + "</p>")
                    .collect(Collectors.joining("\n"));
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
