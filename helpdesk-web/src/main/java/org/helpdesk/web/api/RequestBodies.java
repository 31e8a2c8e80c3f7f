package org.helpdesk.web.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reading a generic interface request's body, up to a bound. */
public final class RequestBodies {

    /** The largest request body: base64 makes attachments a third larger. */
    public static final int LARGEST = 30 * 1024 * 1024;

    private RequestBodies() {
    }

    /** The body's bytes; {@link TooLarge} past {@link #LARGEST}. */
    public static byte[] read(InputStream body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int read = body.read(buffer); read >= 0; read = body.read(buffer)) {
            bytes.write(buffer, 0, read);
            if (bytes.size() > LARGEST) {
                throw new TooLarge();
            }
        }
        return bytes.toByteArray();
    }

    /** A body over {@link #LARGEST} bytes. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
