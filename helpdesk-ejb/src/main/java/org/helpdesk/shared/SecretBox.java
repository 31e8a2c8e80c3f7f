package org.helpdesk.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Encrypts secrets that Helpdesk must be able to read back (mail account passwords) with AES-256-GCM.
 * The key is {@code HELPDESK_SECRET_KEY} (32 bytes, Base64) when set, otherwise the file
 * {@code $HELPDESK_HOME/secret.key}, created on first use with owner-only permissions from the start. Without the
 * key the stored passwords cannot be read: back it up together with the database.
 */
@ApplicationScoped
public class SecretBox {

    private static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;

    protected SecretBox() {
        this.key = null;
    }

    @Inject
    public SecretBox(DeskSettings settings) {
        String configured = System.getenv("HELPDESK_SECRET_KEY");
        this.key = configured != null && !configured.isBlank() ? decodeKey(configured.trim())
                : keyFile(settings.home().resolve("secret.key"));
    }

    /** A box with this key (32 bytes). */
    public SecretBox(byte[] key) {
        this.key = key.clone();
    }

    public String seal(String secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt", e);
        }
    }

    /** The secret; fails when it was sealed with another key. */
    public String open(String sealed) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Not a sealed secret");
        }
        try {
            byte[] in = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
            byte[] iv = java.util.Arrays.copyOf(in, IV_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, iv);
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The secret cannot be decrypted with this installation's key", e);
        }
    }

    private Cipher cipher(int mode, byte[] iv) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        return cipher;
    }

    private static byte[] decodeKey(String base64) {
        byte[] decoded = Base64.getDecoder().decode(base64);
        if (decoded.length != 32) {
            throw new IllegalStateException("HELPDESK_SECRET_KEY must be 32 bytes in Base64");
        }
        return decoded;
    }

    private static synchronized byte[] keyFile(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                Files.createDirectories(file.getParent());
                try {
                    createOwnerOnly(file, Base64.getEncoder().encodeToString(fresh).getBytes(StandardCharsets.US_ASCII));
                } catch (FileAlreadyExistsException e) {
                    // created by another thread or node in the meantime: read it below
                }
            }
            return decodeKey(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the secret key " + file, e);
        }
    }

    /**
     * Creates {@code file} with {@code content}; on a POSIX file system readable and writable by its owner only from
     * the moment it exists (the permissions are given to the creating call, not set afterwards), elsewhere with the
     * directory's protection. Fails with {@link FileAlreadyExistsException} when the file exists.
     */
    static void createOwnerOnly(Path file, byte[] content) throws IOException {
        Set<OpenOption> options = Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        try (SeekableByteChannel channel = posix
                ? Files.newByteChannel(file, options, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.newByteChannel(file, options)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }
}
