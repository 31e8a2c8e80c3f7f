package org.helpdesk.mail.mime;

import java.util.Map;
import java.util.regex.Pattern;

/** Names for attachments: cleaned-up names as sent, or made-up ones for parts without a name. */
final class FileNames {

    private static final int MAX_LENGTH = 200;
    /**
     * Control chars (C0 and C1) and format chars, such as U+202E (right-to-left override), which
     * makes "invoice", U+202E, "fdp.exe" look like "invoiceexe.pdf".
     */
    private static final Pattern INVISIBLE_CHARS = Pattern.compile("[\\p{Cc}\\p{Cf}]");

    private static final Map<String, String> EXTENSIONS = Map.ofEntries(
            Map.entry("application/pdf", ".pdf"),
            Map.entry("application/zip", ".zip"),
            Map.entry("application/json", ".json"),
            Map.entry("application/xml", ".xml"),
            Map.entry("application/msword", ".doc"),
            Map.entry("application/vnd.ms-excel", ".xls"),
            Map.entry("application/vnd.ms-powerpoint", ".ppt"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
            Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
            Map.entry("application/vnd.openxmlformats-officedocument.presentationml.presentation", ".pptx"),
            Map.entry("application/ics", ".ics"),
            Map.entry("image/png", ".png"),
            Map.entry("image/jpeg", ".jpg"),
            Map.entry("image/gif", ".gif"),
            Map.entry("image/bmp", ".bmp"),
            Map.entry("image/webp", ".webp"),
            Map.entry("image/tiff", ".tif"),
            Map.entry("image/svg+xml", ".svg"),
            Map.entry("text/plain", ".txt"),
            Map.entry("text/html", ".html"),
            Map.entry("text/csv", ".csv"),
            Map.entry("text/xml", ".xml"),
            Map.entry("text/calendar", ".ics"),
            Map.entry("message/rfc822", ".eml"),
            Map.entry("message/delivery-status", ".txt"));

    private FileNames() {
    }

    /**
     * A file name as sent, made safe to use: RFC 2047 words decoded (RFC 2231 is undone by Jakarta
     * Mail's parameter parsing), 8-bit text repaired, any directory part ({@code C:\tmp\}, {@code ../}),
     * control chars and format chars removed. {@code null} when nothing is left.
     */
    static String clean(String sentName) {
        if (sentName == null) {
            return null;
        }
        String name = MailHeaders.decode(sentName);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = INVISIBLE_CHARS.matcher(name).replaceAll("").trim();
        return name.isEmpty() || name.equals(".") || name.equals("..") ? null : shorten(name);
    }

    /** {@code attachment-N} with the usual extension of the type, when there is an obvious one. */
    static String numbered(int number, String contentType) {
        return "attachment-" + number + EXTENSIONS.getOrDefault(contentType, "");
    }

    /** The name of a forwarded message: its subject without control and format chars, or "message", with {@code .eml}. */
    static String forMessage(String subject) {
        String name = subject == null ? "" : INVISIBLE_CHARS.matcher(subject).replaceAll("").replaceAll("[/\\\\]", "_").trim();
        return shorten(name.isEmpty() ? "message" : name) + ".eml";
    }

    private static String shorten(String name) {
        if (name.length() <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        int cut = MAX_LENGTH - extension.length();
        if (Character.isHighSurrogate(name.charAt(cut - 1))) {
            cut--;
        }
        return name.substring(0, cut) + extension;
    }
}
