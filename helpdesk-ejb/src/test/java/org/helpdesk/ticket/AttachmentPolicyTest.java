package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.helpdesk.shared.ValidationException;
import org.junit.jupiter.api.Test;

class AttachmentPolicyTest {

    @Test
    void namesLoseTheirPathsAndDangerousCharacters() {
        assertEquals("informe.pdf", AttachmentPolicy.safeName("C:\\Users\\rosa\\informe.pdf"));
        assertEquals("passwd", AttachmentPolicy.safeName("../../etc/passwd"));
        assertEquals("a_b_.txt", AttachmentPolicy.safeName("a<b>.txt"));
        assertEquals("attachment", AttachmentPolicy.safeName(".."));
        assertEquals("año ñandú.txt", AttachmentPolicy.safeName("año ñandú.txt"));
        assertEquals(200, AttachmentPolicy.safeName("x".repeat(300) + ".txt").length());
    }

    @Test
    void theBytesDecideTheContentType() {
        assertEquals("application/pdf", AttachmentPolicy.contentType("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), "text/html"));
        assertEquals("image/png", AttachmentPolicy.contentType(new byte[] { (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D }, null));
        assertEquals("text/plain", AttachmentPolicy.contentType("Hola, ñandú".getBytes(StandardCharsets.UTF_8), "image/png"));
        // HTML and scripts are never passed on as something a browser would render
        assertEquals(AttachmentPolicy.UNKNOWN,
                AttachmentPolicy.contentType("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "text/html"));
        assertEquals(AttachmentPolicy.UNKNOWN, AttachmentPolicy.contentType(new byte[] { 0, 1, 2, 3 }, "image/png"));
        // an Office document is a zip: the declared Office type is kept, anything else becomes zip
        byte[] zip = { 0x50, 0x4B, 0x03, 0x04, 0 };
        String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        assertEquals(docx, AttachmentPolicy.contentType(zip, docx.toUpperCase(Locale.ROOT)));
        assertEquals("application/zip", AttachmentPolicy.contentType(zip, "text/html"));
    }

    @Test
    void tooLargeFilesAreRefusedByName() {
        List<NewAttachment> files = List.of(new NewAttachment("foto.jpg", "image/jpeg", new byte[2 * 1024 * 1024]));
        ValidationException e = assertThrows(ValidationException.class, () -> AttachmentPolicy.checkSizes(files, 1024 * 1024));
        assertTrue(e.hasErrorOn("attachments"));
        assertTrue(e.getMessage(Locale.forLanguageTag("es")).contains("«foto.jpg» supera el tamaño máximo de 1 MB"),
                e.getMessage(Locale.forLanguageTag("es")));
        AttachmentPolicy.checkSizes(files, 3 * 1024 * 1024);
    }
}
