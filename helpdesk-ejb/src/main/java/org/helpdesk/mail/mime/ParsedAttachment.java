package org.helpdesk.mail.mime;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file that came with a received e-mail.
 * <ul>
 * <li>{@code filename}: decoded (RFC 2047 and RFC 2231), without any directory part; parts without a
 * name get {@code attachment-N} plus an extension for well-known types ({@code attachment-2.png}).
 * A forwarded message ({@code message/rfc822}) is named after its subject: {@code <subject>.eml}.</li>
 * <li>{@code contentType}: the lower-case MIME type without parameters, e.g. {@code application/pdf}.</li>
 * <li>{@code contentId}: the Content-ID without angle brackets, as referenced by {@code cid:} URLs in
 * the HTML body; {@code null} when the part has none.</li>
 * <li>{@code inline}: {@code true} for images embedded in the HTML (parts of a multipart/related
 * with a Content-ID) and for parts sent with {@code Content-Disposition: inline}.</li>
 * <li>{@code content}: the decoded bytes (base64 and quoted-printable undone). The array is not
 * copied, for the sake of large files; do not modify it.</li>
 * </ul>
 * Equality compares the content bytes, not the array identity.
 */
public record ParsedAttachment(String filename, String contentType, String contentId, boolean inline, byte[] content) {

    public ParsedAttachment {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }

    /** The size of the content in bytes. */
    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParsedAttachment that
                && inline == that.inline
                && filename.equals(that.filename)
                && contentType.equals(that.contentType)
                && Objects.equals(contentId, that.contentId)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(filename, contentType, contentId, inline, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "ParsedAttachment[filename=" + filename + ", contentType=" + contentType + ", contentId=" + contentId
                + ", inline=" + inline + ", size=" + content.length + "]";
    }
}
