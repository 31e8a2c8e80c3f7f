package org.helpdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretBoxTest {

    @TempDir
    Path home;

    @Test
    void sealsSoThatOnlyTheSameKeyOpens() {
        SecretBox box = new SecretBox(new DeskSettings(Map.of("HELPDESK_HOME", home.toString())));
        String sealed = box.seal("contraseña del buzón");
        assertFalse(sealed.contains("contraseña"));
        assertNotEquals(sealed, box.seal("contraseña del buzón"), "a fresh IV each time");
        assertEquals("contraseña del buzón", box.open(sealed));

        SecretBox other = new SecretBox(new byte[32]);
        assertThrows(IllegalStateException.class, () -> other.open(sealed));
    }

    @Test
    void theKeyFileIsCreatedOnceForTheOwnerOnly() throws Exception {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        SecretBox first = new SecretBox(new DeskSettings(Map.of("HELPDESK_HOME", home.toString())));
        Path key = home.resolve("secret.key");
        assertTrue(Files.exists(key));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(key));
        SecretBox again = new SecretBox(new DeskSettings(Map.of("HELPDESK_HOME", home.toString())));
        assertEquals("s3cret", again.open(first.seal("s3cret")), "the same key after a restart");
    }

    @Test
    void aFileIsCreatedWithOwnerOnlyPermissionsAndNeverReplaced() throws Exception {
        assumeTrue(home.getFileSystem().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path file = home.resolve("new.key");
        SecretBox.createOwnerOnly(file, "abc".getBytes(StandardCharsets.US_ASCII));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals("abc", Files.readString(file));

        assertThrows(FileAlreadyExistsException.class, () -> SecretBox.createOwnerOnly(file, "xyz".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("abc", Files.readString(file));
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
    }

    @Test
    void anExistingKeyFileIsReadAsItIs() throws Exception {
        byte[] key = new byte[32];
        key[0] = 7;
        Files.writeString(home.resolve("secret.key"), java.util.Base64.getEncoder().encodeToString(key) + "\n");
        String sealed = new SecretBox(key).seal("s3cret");
        assertEquals("s3cret", new SecretBox(new DeskSettings(Map.of("HELPDESK_HOME", home.toString()))).open(sealed));
    }
}
