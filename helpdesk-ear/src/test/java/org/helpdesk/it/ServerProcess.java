package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Paths;
import java.util.Comparator;
import java.util.List;

/** The Java process of the manually controlled server of the restart tests, killed as a crash would. */
final class ServerProcess {

    private ServerProcess() {
    }

    /** Kills the server with SIGKILL ({@code kill -9}: no shutdown of any kind) and waits until it is gone. */
    static void kill() {
        ProcessHandle server = find();
        server.destroyForcibly();
        server.onExit().join();
    }

    /** The newest Java process running WildFly from {@code jboss.home} (the suite's own server has stopped by now). */
    private static ProcessHandle find() {
        String home = Paths.get(System.getProperty("jboss.home")).toAbsolutePath().normalize().toString();
        List<ProcessHandle> servers = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().filter(c -> c.contains("jboss-modules.jar") && c.contains(home)).isPresent())
                .sorted(Comparator.comparing((ProcessHandle p) -> p.info().startInstant().orElseThrow()).reversed())
                .toList();
        assertTrue(!servers.isEmpty(), "no server process under " + home);
        return servers.get(0);
    }
}
