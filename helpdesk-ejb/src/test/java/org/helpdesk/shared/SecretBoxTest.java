package org.helpdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
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
        SecretBox first = new SecretBox(new DeskSettings(Map.of("HELPDESK_HOME", home.toString())));
        Path key = home.resolve("secret.key");
        assertTrue(Files.exists(key));
        assertEquals(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE), Files.getPosixFilePermissions(key));
        SecretBox again = new SecretBox(new DeskSettings(Map.of("HELPDESK_HOME", home.toString())));
        assertEquals("s3cret", again.open(first.seal("s3cret")), "the same key after a restart");
    }
}
