package org.helpdesk.mail.outbound;

import java.util.Optional;

import jakarta.mail.MessagingException;

/**
 * Which mail goes through another SMTP server than the server's relay: a mailbox that sends its own mail
 * (a Microsoft 365 or Gmail mailbox signed in with OAuth2 sends what the queue answers from its address).
 * The mail channels above the outbox provide it; the outbox asks once per sender and delivery run.
 */
public interface SenderRelays {

    /**
     * The relay for mail from this address, or empty for the server's relay. Throws when the address has a
     * relay of its own that cannot be used now (its authorization was refused): the mail waits, as it does
     * for a relay that is down.
     */
    Optional<Relay> relayFor(String senderAddress) throws MessagingException;
}
