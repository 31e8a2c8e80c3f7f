package org.helpdesk.it;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Real mail servers (GreenMail) on 127.0.0.1, in the server's JVM, for as long as a test deployment
 * is deployed: the SMTP relay the server's mail session points at (HELPDESK_SMTP_PORT), which tests
 * can stop to play an unreachable relay and start again; and mailboxes served over IMAP
 * ({@value #IMAP_PORT}), POP3 ({@value #POP3_PORT}) and IMAPS ({@value #IMAPS_PORT}, with GreenMail's
 * own self-signed certificate, which the JVM does not trust) that Helpdesk's mail accounts fetch
 * from, which receive mail over SMTP on {@value #MAILBOX_SMTP_PORT}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TestMailServer {

    public static final int IMAP_PORT = 3143;
    public static final int POP3_PORT = 3110;
    /** IMAP over TLS, with GreenMail's self-signed certificate (issued to "GreenMail selfsigned Test Certificate"). */
    public static final int IMAPS_PORT = 3993;
    /** Mail sent here lands in the mailboxes (created on first delivery, the address being login and password). */
    public static final int MAILBOX_SMTP_PORT = 3026;
    /**
     * The mailboxes' SMTP over TLS (GreenMail's self-signed certificate, as on {@value #IMAPS_PORT}), where a mailbox
     * signs in to send (XOAUTH2 with its token as password).
     */
    public static final int MAILBOX_SMTPS_PORT = 3465;

    /**
     * The server's own port offset: a second server on the machine (TwoServersIT) runs its mail servers that much
     * higher, so that both can start; its mail still goes to the relay of HELPDESK_SMTP_PORT, the first server's.
     */
    private static final int PORT_OFFSET = Integer.getInteger("jboss.socket.binding.port-offset", 0);

    private GreenMail smtp;
    private GreenMail mailboxes;
    private ServerSocket refusing;

    @PostConstruct
    synchronized void startAll() {
        start();
        mailboxes = new GreenMail(new ServerSetup[] { setup(IMAP_PORT, ServerSetup.PROTOCOL_IMAP),
                setup(POP3_PORT, ServerSetup.PROTOCOL_POP3),
                setup(IMAPS_PORT, ServerSetup.PROTOCOL_IMAPS),
                setup(MAILBOX_SMTP_PORT, ServerSetup.PROTOCOL_SMTP),
                setup(MAILBOX_SMTPS_PORT, ServerSetup.PROTOCOL_SMTPS) });
        mailboxes.start();
    }

    @PreDestroy
    synchronized void stopAll() {
        stop();
        mailboxes.stop();
    }

    /** Creates a mailbox reachable over IMAP, POP3 and IMAPS with the address as login. */
    public synchronized void mailbox(String address, String password) {
        mailboxes.setUser(address, address, password);
    }

    /** Puts a message into a mailbox, as if it had been delivered to it. */
    public synchronized void deliver(String address, byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
            mailboxes.getUserManager().getUserByEmail(address).deliver(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The messages waiting in a mailbox. */
    public synchronized int waiting(String address) {
        try {
            return mailboxes.getManagers().getImapHostManager()
                    .getInbox(mailboxes.getUserManager().getUserByEmail(address)).getMessageCount();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The subject of a received message. */
    public static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A server of the test on 127.0.0.1, given time to start: on a loaded machine (two cores shared with the
     * server and the build) binding and starting can take longer than GreenMail's default two seconds.
     */
    static ServerSetup setup(int port, String protocol) {
        ServerSetup setup = new ServerSetup(port + PORT_OFFSET, "127.0.0.1", protocol);
        setup.setServerStartupTimeout(20_000);
        return setup;
    }

    /**
     * Starts the SMTP relay (again). The port may still be held for a moment by the refusing relay's last
     * connection or a server just stopped (a start failed so in CI now and then): then it tries again.
     */
    public synchronized void start() {
        stopRefusing();
        for (int attempt = 1; smtp == null; attempt++) {
            GreenMail relay = new GreenMail(setup(relayPort(), ServerSetup.PROTOCOL_SMTP));
            try {
                relay.start();
                smtp = relay;
            } catch (IllegalStateException notStarted) {
                relay.stop();
                if (attempt == 5) {
                    throw notStarted;
                }
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw notStarted;
                }
            }
        }
    }

    /** Stops the SMTP relay: Helpdesk's mail cannot be delivered until it is started again. */
    public synchronized void stop() {
        stopRefusing();
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /**
     * Puts a relay in the place of the real one that speaks SMTP but answers every recipient
     * ({@code RCPT TO}) with the given reply, such as {@code 550 5.1.1 User unknown} or
     * {@code 451 4.3.0 Try again later}. {@link #start()} brings the real relay back.
     */
    public synchronized void refuseRecipients(String reply) {
        stop();
        try {
            refusing = new ServerSocket();
            refusing.setReuseAddress(true);
            refusing.bind(new InetSocketAddress("127.0.0.1", relayPort()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        ServerSocket listening = refusing;
        Thread relay = new Thread(() -> {
            while (!listening.isClosed()) {
                try (Socket client = listening.accept()) {
                    converse(client, reply);
                } catch (IOException closedOrDropped) {
                    // the next client, or the end
                }
            }
        }, "refusing-smtp-relay");
        relay.setDaemon(true);
        relay.start();
    }

    private static void converse(Socket client, String recipientReply) throws IOException {
        client.setSoTimeout(30_000);
        BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII);
        out.write("220 refusing relay ESMTP\r\n");
        out.flush();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
            String answer = switch (command) {
                case "EHLO", "HELO", "MAIL", "RSET", "NOOP" -> "250 OK";
                case "RCPT" -> recipientReply;
                case "DATA" -> "554 5.5.1 No valid recipients";
                case "QUIT" -> "221 Bye";
                default -> "500 5.5.2 Command not recognised";
            };
            out.write(answer + "\r\n");
            out.flush();
            if (command.equals("QUIT")) {
                return;
            }
        }
    }

    private void stopRefusing() {
        if (refusing != null) {
            try {
                refusing.close();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            refusing = null;
        }
    }

    private static int relayPort() {
        return Integer.parseInt(System.getenv().getOrDefault("HELPDESK_SMTP_PORT", "3025"));
    }

    /** The messages the relay received so far for this address. */
    public synchronized List<MimeMessage> receivedBy(String address) {
        return smtp == null ? List.of() : addressedTo(smtp.getReceivedMessages(), address);
    }

    /** The messages the mailboxes' servers received for this address (over SMTP, not through the relay). */
    public synchronized List<MimeMessage> mailboxReceived(String address) {
        return addressedTo(mailboxes.getReceivedMessages(), address);
    }

    private static List<MimeMessage> addressedTo(MimeMessage[] messages, String address) {
        return Arrays.stream(messages).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
