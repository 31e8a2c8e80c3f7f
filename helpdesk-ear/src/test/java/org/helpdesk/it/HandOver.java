package org.helpdesk.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What one step of a test hands to the next when they run in different JVMs (the server's, the test client's,
 * another server's): a properties file in HELPDESK_HOME, which all of them see.
 */
final class HandOver {

    private HandOver() {
    }

    static void save(String name, Properties values) {
        Path file = file(name);
        try {
            Files.createDirectories(file.getParent());
            try (var out = Files.newOutputStream(file)) {
                values.store(out, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties load(String name) {
        Properties values = new Properties();
        try (var in = Files.newInputStream(file(name))) {
            values.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return values;
    }

    private static Path file(String name) {
        return Path.of(System.getenv("HELPDESK_HOME"), name + ".properties");
    }
}
