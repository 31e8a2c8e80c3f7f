package org.helpdesk.mail.crypto;

import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.ticket.SignatureStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.ParseException;

/**
 * The MIME of signed and encrypted mail, written and read on the message's bytes: S/MIME (RFC 8551:
 * multipart/signed with application/pkcs7-signature, application/pkcs7-mime) and PGP/MIME (RFC 3156:
 * multipart/signed with application/pgp-signature, multipart/encrypted). A signature covers the exact bytes
 * of the signed entity, so these are cut out of the message as they are, never rebuilt by a MIME library.
 * A message is signed first, then the signed entity encrypted.
 */
public final class SecureMime {

    private static final String CRLF = "\r\n";
    private static final List<String> CONTENT_HEADERS = List.of("content-type", "content-transfer-encoding",
            "content-disposition", "content-description", "content-id", "mime-version");

    private SecureMime() {
    }

    /** A message cut in two: its header block (without the blank line) and its body, bytes as they are. */
    record Split(String headers, byte[] body) {

        static Split of(byte[] raw) {
            int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), 0);
            int skip = 4;
            int lf = indexOf(raw, "\n\n".getBytes(StandardCharsets.US_ASCII), 0);
            if (end < 0 || (lf >= 0 && lf < end)) {
                end = lf;
                skip = 2;
            }
            if (end < 0) {
                return new Split(new String(raw, StandardCharsets.ISO_8859_1), new byte[0]);
            }
            return new Split(new String(raw, 0, end, StandardCharsets.ISO_8859_1),
                    java.util.Arrays.copyOfRange(raw, end + skip, raw.length));
        }

        /** The unfolded header lines (name: value), in order. */
        List<String> lines() {
            return List.of(headers.replaceAll("\r?\n[ \t]", " ").split("\r?\n"));
        }

        /** The header block's lines other than the content headers, still folded as they came, each ending in CRLF. */
        String outerHeaders() {
            StringBuilder kept = new StringBuilder();
            boolean keeping = false;
            for (String line : headers.split("\r?\n")) {
                boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
                if (!continuation) {
                    int colon = line.indexOf(':');
                    String name = colon < 0 ? line : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    keeping = !CONTENT_HEADERS.contains(name);
                }
                if (keeping) {
                    kept.append(line).append(CRLF);
                }
            }
            return kept.toString();
        }

        /** The content headers only, as a MIME entity's header block ending in CRLF. */
        String contentHeaders() {
            StringBuilder kept = new StringBuilder();
            boolean keeping = false;
            for (String line : headers.split("\r?\n")) {
                boolean continuation = !line.isEmpty() && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
                if (!continuation) {
                    int colon = line.indexOf(':');
                    String name = colon < 0 ? line : line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                    keeping = CONTENT_HEADERS.contains(name) && !name.equals("mime-version");
                }
                if (keeping) {
                    kept.append(line).append(CRLF);
                }
            }
            return kept.toString();
        }

        /** The body with its content headers: a MIME entity of its own. */
        byte[] asEntity() {
            return concat((contentHeaders() + CRLF).getBytes(StandardCharsets.ISO_8859_1), body);
        }

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return lines().stream().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(l -> l.substring(prefix.length()).trim()).findFirst();
        }

        ContentType contentType() {
            try {
                return new ContentType(header("Content-Type").orElse("text/plain"));
            } catch (ParseException e) {
                return new ContentType("text", "plain", null);
            }
        }
    }

    // ---------------------------------------------------------------- writing

    /**
     * The body of a message as a MIME entity of its own (its content headers, a blank line, the body), with
     * every line ending in CRLF: what is signed or encrypted.
     */
    public static byte[] entity(byte[] message) {
        return canonical(Split.of(message).asEntity());
    }

    /** The message with its body replaced by the entity (its headers kept, the content headers the entity's). */
    public static byte[] replaceBody(byte[] message, byte[] entity) {
        Split split = Split.of(message);
        return concat((split.outerHeaders() + "MIME-Version: 1.0" + CRLF).getBytes(StandardCharsets.ISO_8859_1), entity);
    }

    /** The entity signed with S/MIME: multipart/signed, the signature (smime.p7s) beside the untouched entity. */
    public static byte[] smimeSigned(byte[] entity, Smime.Identity signer) {
        byte[] signature = Smime.sign(entity, signer);
        return signed(entity, "application/pkcs7-signature", "sha-256", "This is an S/MIME signed message",
                "Content-Type: application/pkcs7-signature; name=\"smime.p7s\"" + CRLF
                        + "Content-Transfer-Encoding: base64" + CRLF
                        + "Content-Disposition: attachment; filename=\"smime.p7s\"" + CRLF + CRLF
                        + base64(signature));
    }

    /** The entity signed with OpenPGP: multipart/signed with the armoured signature (signature.asc). */
    public static byte[] pgpSigned(byte[] entity, Pgp.Identity signer) {
        String signature = Pgp.sign(entity, signer);
        return signed(entity, "application/pgp-signature", "pgp-sha256", "This is an OpenPGP/MIME signed message",
                "Content-Type: application/pgp-signature; name=\"signature.asc\"" + CRLF
                        + "Content-Description: OpenPGP digital signature" + CRLF
                        + "Content-Disposition: attachment; filename=\"signature.asc\"" + CRLF + CRLF
                        + crlf(signature));
    }

    private static byte[] signed(byte[] entity, String protocol, String micalg, String preamble, String signaturePart) {
        String boundary = boundary();
        String head = "Content-Type: multipart/signed; protocol=\"" + protocol + "\"; micalg=" + micalg + ";" + CRLF
                + "\tboundary=\"" + boundary + "\"" + CRLF + CRLF
                + preamble + CRLF + "--" + boundary + CRLF;
        String tail = CRLF + "--" + boundary + CRLF + signaturePart + CRLF + "--" + boundary + "--" + CRLF;
        return concat(head.getBytes(StandardCharsets.US_ASCII), entity, tail.getBytes(StandardCharsets.US_ASCII));
    }

    /** The entity encrypted with S/MIME for the recipients: application/pkcs7-mime (smime.p7m). */
    public static byte[] smimeEncrypted(byte[] entity, List<java.security.cert.X509Certificate> recipients) {
        return ("Content-Type: application/pkcs7-mime; smime-type=enveloped-data; name=\"smime.p7m\"" + CRLF
                + "Content-Transfer-Encoding: base64" + CRLF
                + "Content-Disposition: attachment; filename=\"smime.p7m\"" + CRLF + CRLF
                + base64(Smime.encrypt(entity, recipients))).getBytes(StandardCharsets.US_ASCII);
    }

    /** The entity encrypted with OpenPGP for the recipients: multipart/encrypted. */
    public static byte[] pgpEncrypted(byte[] entity, List<org.bouncycastle.openpgp.PGPPublicKeyRing> recipients) {
        String boundary = boundary();
        return ("Content-Type: multipart/encrypted; protocol=\"application/pgp-encrypted\";" + CRLF
                + "\tboundary=\"" + boundary + "\"" + CRLF + CRLF
                + "This is an OpenPGP/MIME encrypted message" + CRLF
                + "--" + boundary + CRLF
                + "Content-Type: application/pgp-encrypted" + CRLF
                + "Content-Description: PGP/MIME version identification" + CRLF + CRLF
                + "Version: 1" + CRLF + CRLF
                + "--" + boundary + CRLF
                + "Content-Type: application/octet-stream; name=\"encrypted.asc\"" + CRLF
                + "Content-Description: OpenPGP encrypted message" + CRLF
                + "Content-Disposition: inline; filename=\"encrypted.asc\"" + CRLF + CRLF
                + crlf(Pgp.encrypt(entity, recipients)) + CRLF
                + "--" + boundary + "--" + CRLF).getBytes(StandardCharsets.US_ASCII);
    }

    // ---------------------------------------------------------------- reading

    /** What a message's security layers were, outermost first, and the message with them taken off. */
    public record Opened(byte[] message, CryptoMethod method, boolean encrypted, SignatureCheck signature) {

        public boolean secured() {
            return method != null;
        }
    }

    /** A signature found on a message, checked. */
    public record SignatureCheck(SignatureStatus status, String signer) {
    }

    /** The keys and trust of the desk, as reading needs them. */
    public interface Keys {

        List<Smime.Identity> smimeIdentities();

        List<Pgp.Identity> pgpIdentities();

        /** The sender's public PGP key holding this key id, if the desk has it. */
        Optional<org.bouncycastle.openpgp.PGPPublicKey> pgpKey(String sender, long keyId);

        /** How far the desk trusts an intact S/MIME signature's signer, for a message from this sender. */
        SignatureStatus trust(Smime.Signature signature, String sender);
    }

    /**
     * Takes the security layers off a message: decrypts what was encrypted for the desk and checks what was
     * signed. A message that is neither comes back as it is. Encrypted for none of the desk's keys, unreadable,
     * or decrypting to more than {@code maxBytes}, fails with the reason. A signature that cannot be read leaves
     * the message as it came, marked invalid.
     */
    public static Opened open(byte[] message, String sender, Keys keys, long maxBytes) {
        byte[] current = message;
        CryptoMethod method = null;
        boolean encrypted = false;
        SignatureCheck signature = null;
        for (int depth = 0; depth < 4; depth++) {
            Split split = Split.of(current);
            ContentType type = split.contentType();
            if (type.match("multipart/signed")) {
                String protocol = String.valueOf(type.getParameter("protocol")).toLowerCase(Locale.ROOT);
                method = method == null ? protocol.contains("pgp") ? CryptoMethod.PGP : CryptoMethod.SMIME : method;
                Parts parts;
                try {
                    parts = Parts.of(split.body(), type.getParameter("boundary"));
                    byte[] content = canonical(parts.first());
                    byte[] signatureBytes = decoded(parts.second());
                    signature = protocol.contains("pgp")
                            ? pgpCheck(Pgp.verifyDetached(content, signatureBytes, id -> keys.pgpKey(sender, id)))
                            : smimeCheck(Smime.verifyDetached(content, signatureBytes), sender, keys);
                } catch (RuntimeException unreadable) {
                    // a signature that cannot be read proves nothing: the message is taken as it came, marked so
                    signature = new SignatureCheck(SignatureStatus.INVALID, "");
                    break;
                }
                current = replaceBody(current, parts.first());
            } else if (type.match("application/pkcs7-mime") || type.match("application/x-pkcs7-mime")) {
                method = method == null ? CryptoMethod.SMIME : method;
                byte[] data = decoded(split.asEntity());
                if (Smime.isSignedData(data)) {
                    Smime.Opaque opaque = Smime.openOpaque(data)
                            .orElseThrow(() -> new CryptoException("Unreadable S/MIME signed data"));
                    signature = smimeCheck(opaque.signature(), sender, keys);
                    current = replaceBody(current, opaque.content());
                } else {
                    byte[] inner = Smime.decrypt(data, keys.smimeIdentities())
                            .orElseThrow(() -> new CryptoException("Encrypted with S/MIME for a key the desk does not have"));
                    encrypted = true;
                    current = replaceBody(current, inner);
                }
            } else if (type.match("multipart/encrypted")) {
                method = method == null ? CryptoMethod.PGP : method;
                Parts parts = Parts.of(split.body(), type.getParameter("boundary"));
                Pgp.Decrypted decrypted = Pgp.decrypt(decoded(parts.second()), keys.pgpIdentities(),
                        id -> keys.pgpKey(sender, id), maxBytes)
                        .orElseThrow(() -> new CryptoException("Encrypted with PGP for a key the desk does not have"));
                encrypted = true;
                if (decrypted.signature().isPresent()) {
                    signature = pgpCheck(decrypted.signature().get());
                }
                current = replaceBody(current, decrypted.content());
            } else {
                break;
            }
        }
        return new Opened(current, method, encrypted, signature);
    }

    private static SignatureCheck pgpCheck(Pgp.Signature signature) {
        String keyId = String.format("%016X", signature.keyId());
        if (signature.signer().isEmpty()) {
            return new SignatureCheck(SignatureStatus.UNKNOWN_SIGNER, keyId);
        }
        String who = PgpKeys.userIds(signature.signer().get());
        String signer = (who.isEmpty() ? "" : who + " ") + "(" + keyId + ")";
        if (!signature.intact()) {
            return new SignatureCheck(SignatureStatus.INVALID, signer);
        }
        return new SignatureCheck(PgpKeys.expired(signature.signer().get()) ? SignatureStatus.EXPIRED : SignatureStatus.VALID,
                signer);
    }

    private static SignatureCheck smimeCheck(Smime.Signature signature, String sender, Keys keys) {
        String signer = signature.signer().map(c -> c.getSubjectX500Principal().getName()).orElse("");
        if (!signature.intact()) {
            return new SignatureCheck(SignatureStatus.INVALID, signer);
        }
        return new SignatureCheck(keys.trust(signature, sender), signer);
    }

    /** The two parts of a multipart/signed or multipart/encrypted body, bytes as they are. */
    record Parts(byte[] first, byte[] second) {

        static Parts of(byte[] body, String boundary) {
            if (boundary == null) {
                throw new CryptoException("A multipart without boundary");
            }
            byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
            int start = lineStart(body, delimiter, 0);
            int firstStart = afterLine(body, start);
            int second = lineStart(body, delimiter, firstStart);
            int secondStart = afterLine(body, second);
            int end = lineStart(body, delimiter, secondStart);
            if (start < 0 || second < 0 || end < 0) {
                throw new CryptoException("A multipart without its two parts");
            }
            return new Parts(java.util.Arrays.copyOfRange(body, firstStart, lineBreakBefore(body, second)),
                    java.util.Arrays.copyOfRange(body, secondStart, lineBreakBefore(body, end)));
        }

        /**
         * Where a delimiter line begins, at or after from; -1 if none. The delimiter must be the whole line, or be
         * followed by "--" (the last one) or white space (RFC 2046): "--boundaryX" is no delimiter of "boundary".
         */
        private static int lineStart(byte[] body, byte[] delimiter, int from) {
            for (int at = indexOf(body, delimiter, from); at >= 0; at = indexOf(body, delimiter, at + 1)) {
                int after = at + delimiter.length;
                boolean ends = after >= body.length || body[after] == '\r' || body[after] == '\n' || body[after] == ' '
                        || body[after] == '\t' || body[after] == '-' && after + 1 < body.length && body[after + 1] == '-';
                if ((at == 0 || body[at - 1] == '\n') && ends) {
                    return at;
                }
            }
            return -1;
        }

        private static int afterLine(byte[] body, int at) {
            if (at < 0) {
                return -1;
            }
            int lf = indexOf(body, new byte[] { '\n' }, at);
            return lf < 0 ? body.length : lf + 1;
        }

        /** The line break before a delimiter line belongs to the delimiter, not to the part. */
        private static int lineBreakBefore(byte[] body, int delimiter) {
            int end = delimiter;
            if (end > 0 && body[end - 1] == '\n') {
                end--;
            }
            if (end > 0 && body[end - 1] == '\r') {
                end--;
            }
            return end;
        }
    }

    /** A MIME entity's decoded content (base64, quoted-printable or as it is). */
    private static byte[] decoded(byte[] entity) {
        try {
            return new MimeBodyPart(new ByteArrayInputStream(entity)).getInputStream().readAllBytes();
        } catch (MessagingException | IOException e) {
            throw new CryptoException("Unreadable MIME part: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- bytes

    /** Every line break as CRLF (a signature covers the canonical form). */
    static byte[] canonical(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + bytes.length / 40);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\n' && (i == 0 || bytes[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(b);
        }
        return out.toByteArray();
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", CRLF).stripTrailing();
    }

    private static String base64(byte[] bytes) {
        return Base64.getMimeEncoder(76, CRLF.getBytes(StandardCharsets.US_ASCII)).encodeToString(bytes);
    }

    private static String boundary() {
        return "----=_Helpdesk_" + UUID.randomUUID().toString().replace("-", "");
    }

    private static byte[] concat(byte[]... arrays) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] array : arrays) {
            out.writeBytes(array);
        }
        return out.toByteArray();
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
