package org.helpdesk.it;

import java.io.ByteArrayInputStream;
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
 * ({@value #IMAP_PORT}) and POP3 ({@value #POP3_PORT}) that Helpdesk's mail accounts fetch from,
 * which receive mail over SMTP on {@value #MAILBOX_SMTP_PORT}.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TestMailServer {

    public static final int IMAP_PORT = 3143;
    public static final int POP3_PORT = 3110;
    /** Mail sent here lands in the mailboxes (created on first delivery, the address being login and password). */
    public static final int MAILBOX_SMTP_PORT = 3026;

    private GreenMail smtp;
    private GreenMail mailboxes;

    @PostConstruct
    synchronized void startAll() {
        start();
        mailboxes = new GreenMail(new ServerSetup[] { new ServerSetup(IMAP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_IMAP),
                new ServerSetup(POP3_PORT, "127.0.0.1", ServerSetup.PROTOCOL_POP3),
                new ServerSetup(MAILBOX_SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP) });
        mailboxes.start();
    }

    @PreDestroy
    synchronized void stopAll() {
        stop();
        mailboxes.stop();
    }

    /** Creates a mailbox reachable over IMAP and POP3 with the address as login. */
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

    /** Starts the SMTP relay (again). */
    public synchronized void start() {
        if (smtp == null) {
            int port = Integer.parseInt(System.getenv().getOrDefault("HELPDESK_SMTP_PORT", "3025"));
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    /** Stops the SMTP relay: Helpdesk's mail cannot be delivered until it is started again. */
    public synchronized void stop() {
        if (smtp != null) {
            smtp.stop();
            smtp = null;
        }
    }

    /** The messages received so far for this address. */
    public synchronized List<MimeMessage> receivedBy(String address) {
        return smtp == null ? List.of() : Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }
}
