package org.helpdesk.mail.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UnsupportedEncodingException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one connection of a delivery run against an SMTP server that speaks over a real socket and, like many
 * relays, takes only so many messages on one connection: it answers the next {@code MAIL FROM} with
 * {@code 421} and closes.
 */
class RelayConnectionTest {

    private Relay relay;
    private SmtpServer server;

    @BeforeEach
    void start() throws IOException {
        server = new SmtpServer();
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", String.valueOf(server.port()));
        properties.setProperty("mail.smtp.timeout", "5000");
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        relay = Relay.of(Session.getInstance(properties));
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void aKeptConnectionTheServerClosesIsReplacedAndNoMessageIsLost() throws Exception {
        server.messagesPerConnection = 2;
        try (RelayConnection connection = new RelayConnection(relay)) {
            for (int i = 1; i <= 5; i++) {
                connection.send(message("cliente" + i + "@acme.example", "Mensaje " + i));
            }
        }
        assertEquals(List.of("Mensaje 1", "Mensaje 2", "Mensaje 3", "Mensaje 4", "Mensaje 5"), server.subjects());
        assertEquals(3, server.connections(), "two messages on each connection");
    }

    @Test
    void withoutALimitEveryMessageGoesOverOneConnection() throws Exception {
        try (RelayConnection connection = new RelayConnection(relay)) {
            for (int i = 1; i <= 3; i++) {
                connection.send(message("cliente" + i + "@acme.example", "Mensaje " + i));
            }
        }
        assertEquals(3, server.subjects().size());
        assertEquals(1, server.connections());
    }

    @Test
    void aRefusedRecipientIsTheServersAnswerAndIsNotTriedAgain() throws Exception {
        try (RelayConnection connection = new RelayConnection(relay)) {
            connection.send(message("cliente@acme.example", "Primero"));
            server.refused = "nadie@acme.example";
            assertThrows(SendFailedException.class, () -> connection.send(message("nadie@acme.example", "Rechazado")));
            connection.send(message("cliente@acme.example", "Después"));
        }
        assertEquals(List.of("Primero", "Después"), server.subjects());
        assertEquals(1, server.recipientsRefused(), "asked once");
    }

    @Test
    void aMessageTheServerRefusesAfterItsDataIsNotSentAgain() throws Exception {
        try (RelayConnection connection = new RelayConnection(relay)) {
            connection.send(message("cliente@acme.example", "Primero"));
            server.tooLarge = "Enorme";
            assertThrows(SendFailedException.class, () -> connection.send(message("cliente@acme.example", "Enorme")));
        }
        assertEquals(List.of("Primero"), server.subjects());
        assertEquals(1, server.refusedData(), "uploaded once");
    }

    @Test
    void aFirstConnectionThatFailsIsNotTriedAgain() throws Exception {
        server.messagesPerConnection = 0; // refuses every message
        try (RelayConnection connection = new RelayConnection(relay)) {
            assertThrows(MessagingException.class, () -> connection.send(message("cliente@acme.example", "Nunca")));
        }
        assertEquals(1, server.connections());
    }

    private MimeMessage message(String to, String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(relay.session());
        message.setFrom(new InternetAddress("soporte@mesa.example"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText("Hola", "UTF-8");
        message.saveChanges();
        return message;
    }

    /** Just enough SMTP for Jakarta Mail's client, one connection at a time. */
    private static final class SmtpServer implements AutoCloseable {

        private final ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        private final List<String> subjects = Collections.synchronizedList(new ArrayList<>());
        private final Thread thread = new Thread(this::serve, "test-smtp");
        private volatile int connections;
        private volatile int recipientsRefused;
        private volatile int refusedData;
        volatile int messagesPerConnection = Integer.MAX_VALUE;
        volatile String refused;
        /** The subject of messages answered {@code 552} (too large) after their data. */
        volatile String tooLarge;

        SmtpServer() throws IOException {
            thread.setDaemon(true);
            thread.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<String> subjects() {
            return List.copyOf(subjects);
        }

        int connections() {
            return connections;
        }

        int recipientsRefused() {
            return recipientsRefused;
        }

        int refusedData() {
            return refusedData;
        }

        private void serve() {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    connections++;
                    talk(new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8)),
                            new PrintWriter(client.getOutputStream(), true, StandardCharsets.UTF_8));
                } catch (IOException closed) {
                    // the test is over, or the client went away
                }
            }
        }

        private void talk(BufferedReader in, PrintWriter out) throws IOException {
            reply(out, "220 test ESMTP");
            int taken = 0;
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.toUpperCase();
                if (command.startsWith("EHLO") || command.startsWith("HELO")) {
                    reply(out, "250 test");
                } else if (command.startsWith("MAIL FROM")) {
                    if (taken == messagesPerConnection) {
                        reply(out, "421 4.7.0 Too many messages on this connection, closing");
                        return;
                    }
                    reply(out, "250 2.1.0 Ok");
                } else if (command.startsWith("RCPT TO")) {
                    if (refused != null && line.contains(refused)) {
                        recipientsRefused++;
                        reply(out, "550 5.1.1 User unknown");
                    } else {
                        reply(out, "250 2.1.5 Ok");
                    }
                } else if (command.startsWith("DATA")) {
                    reply(out, "354 End data with <CR><LF>.<CR><LF>");
                    String subject = null;
                    while (!(line = in.readLine()).equals(".")) {
                        if (subject == null && line.startsWith("Subject: ")) {
                            subject = line.substring("Subject: ".length());
                        }
                    }
                    String decoded = subject == null ? null : decoded(subject);
                    if (tooLarge != null && tooLarge.equals(decoded)) {
                        refusedData++;
                        reply(out, "552 5.3.4 Message size exceeds fixed limit");
                        continue;
                    }
                    subjects.add(decoded);
                    taken++;
                    reply(out, "250 2.0.0 Ok: queued");
                } else if (command.startsWith("RSET") || command.startsWith("NOOP")) {
                    reply(out, "250 2.0.0 Ok");
                } else if (command.startsWith("QUIT")) {
                    reply(out, "221 2.0.0 Bye");
                    return;
                } else {
                    reply(out, "502 5.5.2 Not implemented");
                }
            }
        }

        private static String decoded(String subject) {
            try {
                return MimeUtility.decodeText(subject);
            } catch (UnsupportedEncodingException e) {
                return subject;
            }
        }

        private static void reply(PrintWriter out, String line) {
            out.print(line + "\r\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
