package org.helpdesk.ticket;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.helpdesk.shared.ValidationException;

/**
 * What is accepted as an attachment and how it is stored: a size limit, a file name without
 * paths or control characters, and a content type taken from the bytes themselves, never from
 * what the sender claims. Anything not recognised is stored as {@code application/octet-stream}.
 */
public final class AttachmentPolicy {

    static final String UNKNOWN = "application/octet-stream";
    private static final Set<String> ZIP_DOCUMENTS = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "application/zip");

    private AttachmentPolicy() {
    }

    /** Refuses the files if one of them is larger than {@code maxBytes}. */
    public static void checkSizes(List<NewAttachment> files, long maxBytes) {
        for (NewAttachment file : files) {
            if (file.content() != null && file.content().length > maxBytes) {
                throw new ValidationException("attachments", "validation.attachmentTooLarge", safeName(file.filename()),
                        maxBytes / (1024 * 1024));
            }
        }
    }

    /** The file's name without any path, control or reserved characters, at most 200 characters long. */
    public static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        if (base.isEmpty() || base.chars().allMatch(c -> c == '.')) {
            base = "attachment";
        }
        return base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    /** The content type the bytes show; the declared one only where the bytes cannot tell more. */
    public static String contentType(byte[] bytes, String declared) {
        if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (startsWith(bytes, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (startsWith(bytes, 0x47, 0x49, 0x46, 0x38)) {
            return "image/gif";
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            String claimed = declared == null ? "" : declared.toLowerCase(Locale.ROOT).trim();
            return ZIP_DOCUMENTS.contains(claimed) ? claimed : "application/zip";
        }
        if (isPlainText(bytes)) {
            return "text/plain";
        }
        return UNKNOWN;
    }

    private static boolean isPlainText(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return false;
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        // markup is never passed on as text: a browser could be talked into rendering it
        return !(start.startsWith("<") || start.contains("<script") || start.contains("<html"));
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
