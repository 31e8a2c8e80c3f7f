package org.helpdesk.mail.outbound;

import java.util.Objects;

/** A file to send with a message: its name, type and bytes. */
public record MailFile(String filename, String contentType, byte[] content) {

    public MailFile {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
