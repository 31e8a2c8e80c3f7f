package org.helpdesk.web.portal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.NewAttachment;
import org.junit.jupiter.api.Test;
import org.primefaces.model.file.UploadedFile;

class UploadsTest {

    private static final long MB = 1024 * 1024;

    private final AtomicBoolean contentRead = new AtomicBoolean();

    /** A file the server holds in a temporary file: its size is known without reading it. */
    private UploadedFile file(String name, long size) {
        return (UploadedFile) Proxy.newProxyInstance(UploadedFile.class.getClassLoader(), new Class<?>[] { UploadedFile.class },
                (proxy, m, args) -> switch (m.getName()) {
                    case "getFileName" -> name;
                    case "getContentType" -> "text/plain";
                    case "getSize" -> size;
                    case "getContent" -> {
                        contentRead.set(true);
                        yield new byte[(int) size];
                    }
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void aFileOverTheDesksLimitIsRefusedFromItsSizeWithoutReadingIt() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> Uploads.of(file("C:\\fotos\\grande.zip", 10 * MB + 1), 10 * MB));
        assertFalse(contentRead.get(), "never read into memory");
        assertEquals("validation.attachmentTooLarge", refused.getErrors().get(0).messageKey());
        String message = refused.getMessage(Locale.forLanguageTag("es"));
        assertTrue(message.contains("grande.zip") && message.contains("10 MB"), message);
        assertFalse(message.contains("fotos"), "no path of the sender's computer: " + message);
    }

    @Test
    void aFileWithinTheLimitBecomesAnAttachment() {
        List<NewAttachment> files = Uploads.of(file("nota.txt", 3), 10 * MB);
        assertEquals(1, files.size());
        assertEquals("nota.txt", files.get(0).filename());
        assertArrayEquals(new byte[3], files.get(0).content());
        assertTrue(contentRead.get());
    }

    @Test
    void noFileNoAttachment() {
        assertTrue(Uploads.of(null, 10 * MB).isEmpty());
        assertTrue(Uploads.of(file("vacío.txt", 0), 10 * MB).isEmpty());
    }
}
