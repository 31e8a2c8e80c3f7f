package org.helpdesk.mail.mime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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

    /** The windows-1252 reading of the bytes 0x80 to 0xFF. */
    private static final String WINDOWS_1252_HIGH_HALF = highHalf();

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
     * headers as ISO-8859-1): each valid UTF-8 sequence among them is read as UTF-8, every other
     * byte as windows-1252, so one header may mix both (a UTF-8 name next to a Latin-1 one). This
     * also turns C1 control chars (U+0080 to U+009F, which come from windows-1252 text labelled
     * ISO-8859-1) into the characters meant. Strings with chars beyond U+00FF are already proper
     * Unicode and are returned as they are.
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
        return eightBit ? utf8OrWindows1252(value.getBytes(StandardCharsets.ISO_8859_1)) : value;
    }

    private static String utf8OrWindows1252(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        // UTF-8 gives at most one char per byte, windows-1252 exactly one
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = utf8.decode(in, out, true);
        while (result.isError()) {
            for (int i = 0; i < result.length(); i++) {
                int b = in.get() & 0xFF;
                out.put(b < 0x80 ? (char) b : WINDOWS_1252_HIGH_HALF.charAt(b - 0x80));
            }
            result = utf8.decode(in, out, true);
        }
        utf8.flush(out);
        return out.flip().toString();
    }

    private static String highHalf() {
        byte[] bytes = new byte[0x80];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0x80 + i);
        }
        return new String(bytes, WINDOWS_1252);
    }
}
