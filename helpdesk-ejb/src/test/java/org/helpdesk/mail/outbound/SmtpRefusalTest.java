package org.helpdesk.mail.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;

import org.junit.jupiter.api.Test;

class SmtpRefusalTest {

    @Test
    void aRecipientRefusedWith5xxIsPermanentAndKeepsTheServersText() {
        SendFailedException failure = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <nadie@example.com>: Recipient address rejected: User unknown"));

        SmtpRefusal refusal = SmtpRefusal.of(failure);

        assertTrue(refusal.permanent());
        assertEquals("Invalid Addresses — 550 5.1.1 <nadie@example.com>: Recipient address rejected: User unknown",
                refusal.text());
    }

    @Test
    void aTemporaryReplyKeepsTheBackOff() {
        SmtpRefusal refusal = SmtpRefusal.of(new SendFailedException("Invalid Addresses",
                new MessagingException("451 4.3.0 Temporary lookup failure")));
        assertFalse(refusal.permanent());
    }

    @Test
    void aMixOfTemporaryAndPermanentRepliesIsTriedAgain() {
        MessagingException failure = new MessagingException("Invalid Addresses",
                new MessagingException("550 5.1.1 unknown", new MessagingException("452 4.2.2 mailbox full")));
        assertFalse(SmtpRefusal.of(failure).permanent());
    }

    @Test
    void aConnectionThatFailedIsTemporary() {
        SmtpRefusal refusal = SmtpRefusal.of(new MessagingException("Couldn't connect to host, port: 127.0.0.1, 25",
                new ConnectException("Connection refused")));
        assertFalse(refusal.permanent());
        assertEquals("Couldn't connect to host, port: 127.0.0.1, 25 — Connection refused", refusal.text());
    }

    @Test
    void refusedCredentialsAreTheDesksToFixAndTheMailWaits() {
        SmtpRefusal refusal = SmtpRefusal.of(new AuthenticationFailedException("535 5.7.8 Authentication credentials invalid"));
        assertFalse(refusal.permanent());
        assertEquals("535 5.7.8 Authentication credentials invalid", refusal.text());
    }

    @Test
    void numbersThatAreNoReplyCodeAreNotTakenForOne() {
        assertFalse(SmtpRefusal.of(new MessagingException("5000 messages queued")).permanent());
        assertFalse(SmtpRefusal.of(new IllegalStateException()).permanent());
    }
}
