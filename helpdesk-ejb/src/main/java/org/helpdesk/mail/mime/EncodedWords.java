package org.helpdesk.mail.mime;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes RFC 2047 encoded words ({@code =?UTF-8?B?...?=}, {@code =?ISO-8859-1?Q?...?=}) in header text.
 * <p>
 * Unlike {@code MimeUtility.decodeText} this joins the bytes of adjacent words in the same charset
 * before decoding them, so a UTF-8 character split over two words (as some mailers do) stays whole;
 * charsets follow the {@link MailCharsets} rules (ISO-8859-1 read as windows-1252, unknown ones
 * guessed); words inside other text are decoded too. A word that cannot be decoded stays as it is.
 */
final class EncodedWords {

    private static final Pattern WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?([^?\\s]*)\\?=");

    private EncodedWords() {
    }

    static String decode(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        Decoded decoded = new Decoded();
        Matcher word = WORD.matcher(text);
        int end = 0;
        boolean afterWord = false;
        while (word.find()) {
            String between = text.substring(end, word.start());
            byte[] bytes = bytesOf(word.group(2), word.group(3));
            String charset = charsetOf(word.group(1));
            if (bytes == null) {
                decoded.text(between + word.group());
                afterWord = false;
            } else {
                // whitespace between two encoded words is not part of the text (RFC 2047, 6.2)
                if (!afterWord || !between.isBlank()) {
                    decoded.text(between);
                }
                decoded.word(charset, bytes);
                afterWord = true;
            }
            end = word.end();
        }
        decoded.text(text.substring(end));
        return decoded.toString();
    }

    /** The charset name without an RFC 2231 language suffix ({@code UTF-8*es}). */
    private static String charsetOf(String declared) {
        int star = declared.indexOf('*');
        return star < 0 ? declared : declared.substring(0, star);
    }

    private static byte[] bytesOf(String encoding, String encodedText) {
        if (encoding.equalsIgnoreCase("B")) {
            try {
                return Base64.getMimeDecoder().decode(encodedText);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return qDecode(encodedText);
    }

    /** The "Q" encoding: quoted-printable where "_" stands for a space; a stray "=" is taken literally. */
    private static byte[] qDecode(String encodedText) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encodedText.length());
        for (int i = 0; i < encodedText.length(); i++) {
            char c = encodedText.charAt(i);
            int hex = c == '=' ? hexByte(encodedText, i + 1) : -1;
            if (hex >= 0) {
                bytes.write(hex);
                i += 2;
            } else {
                bytes.write(c == '_' ? ' ' : c);
            }
        }
        return bytes.toByteArray();
    }

    private static int hexByte(String text, int at) {
        if (at + 2 > text.length()) {
            return -1;
        }
        int high = Character.digit(text.charAt(at), 16);
        int low = Character.digit(text.charAt(at + 1), 16);
        return high < 0 || low < 0 ? -1 : high * 16 + low;
    }

    /** The decoded text so far, with the bytes of a run of words in one charset still pending. */
    private static final class Decoded {
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        private String pendingCharset;

        void word(String charset, byte[] bytes) {
            if (!charset.equalsIgnoreCase(pendingCharset)) {
                flush();
                pendingCharset = charset;
            }
            pending.writeBytes(bytes);
        }

        void text(String plain) {
            if (!plain.isEmpty()) {
                flush();
                text.append(plain);
            }
        }

        private void flush() {
            if (pending.size() > 0) {
                text.append(MailCharsets.decode(pending.toByteArray(), pendingCharset));
                pending.reset();
            }
            pendingCharset = null;
        }

        @Override
        public String toString() {
            flush();
            return text.toString();
        }
    }
}
