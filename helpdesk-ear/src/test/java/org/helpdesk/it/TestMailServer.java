package org.helpdesk.it;

import java.util.Arrays;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) on 127.0.0.1, in the server's JVM, for as long as a test deployment
 * is deployed. The build points the server's mail session at its port (HELPDESK_SMTP_PORT). Tests
 * can stop it to play an unreachable relay, and start it again.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TestMailServer {

    private GreenMail smtp;

    @PostConstruct
    public synchronized void start() {
        if (smtp == null) {
            int port = Integer.parseInt(System.getenv().getOrDefault("HELPDESK_SMTP_PORT", "3025"));
            smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            smtp.start();
        }
    }

    @PreDestroy
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
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
