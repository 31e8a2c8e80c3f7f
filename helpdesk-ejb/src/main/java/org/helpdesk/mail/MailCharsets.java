package org.helpdesk.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * How received text bytes become Java strings.
 * <ul>
 * <li>The declared charset is used, except that ISO-8859-1 and US-ASCII (and their aliases, such as
 * Latin1) are read as windows-1252, their superset: mailers label windows-1252 text ("–", "€", "…")
 * as ISO-8859-1 all the time, and browsers read it the same way.</li>
 * <li>Without a charset, or with one Java does not know: UTF-8 when the bytes are valid UTF-8,
 * windows-1252 otherwise.</li>
 * </ul>
 */
final class MailCharsets {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private MailCharsets() {
    }

    /** Decodes text bytes that came with the given declared charset name (which may be {@code null} or bogus). */
    static String decode(byte[] bytes, String declaredCharset) {
        Charset charset = resolve(declaredCharset);
        if (charset == null) {
            charset = isUtf8(bytes) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        }
        return new String(bytes, charset);
    }

    /** The charset for a declared name, with the windows-1252 substitution; {@code null} when unknown. */
    static Charset resolve(String declaredCharset) {
        if (declaredCharset == null) {
            return null;
        }
        String name = declaredCharset.trim().replace("\"", "");
        if (name.isEmpty()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name);
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)
                    ? WINDOWS_1252 : charset;
        } catch (IllegalArgumentException illegalOrUnsupported) {
            return null;
        }
    }

    static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Repairs a header string whose 8-bit bytes were read one byte per char (Jakarta Mail reads
     * headers as ISO-8859-1): such chars are decoded again as UTF-8 when they form valid UTF-8,
     * otherwise as windows-1252. This also turns C1 control chars (U+0080 to U+009F, which come from
     * windows-1252 text labelled ISO-8859-1) into the characters meant. Strings with chars beyond
     * U+00FF are already proper Unicode and are returned as they are.
     */
    static String repair(String value) {
        if (value == null) {
            return null;
        }
        boolean eightBit = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > 0xFF) {
                return value;
            }
            eightBit |= c >= 0x80;
        }
        return eightBit ? decode(value.getBytes(StandardCharsets.ISO_8859_1), null) : value;
    }
}
