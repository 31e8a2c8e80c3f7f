package org.helpdesk.it.crash;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.helpdesk.mail.inbound.MailReceived;

/**
 * Plays a crash between storing a fetched message and removing it from the mailbox: armed with a
 * Message-ID, it fails once when that message has been stored. Shipped in the EJB module of the
 * test deployment only (see Deployments), where the events are fired.
 */
@ApplicationScoped
public class CrashAfterStore {

    /** Kept in a system property: the test and the observer may see different copies of this class. */
    private static final String ARMED = "helpdesk.it.crashAfterStore";

    public static void arm(String messageId) {
        System.setProperty(ARMED, messageId);
    }

    void onReceived(@Observes MailReceived event) {
        String armed = System.getProperty(ARMED);
        if (armed != null && armed.equals(event.receipt().messageId())) {
            System.clearProperty(ARMED);
            throw new IllegalStateException("simulated crash after the message was stored");
        }
    }
}
