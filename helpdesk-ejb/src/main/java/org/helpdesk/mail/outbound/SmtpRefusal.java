package org.helpdesk.mail.outbound;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;

/**
 * Why a delivery failed, in the SMTP server's own words, and whether trying again can help. Jakarta
 * Mail wraps the server's replies ({@code 550 5.1.1 <x@y>: Recipient address rejected}) in a chain of
 * exceptions under a summary such as "Invalid Addresses"; the text keeps every message of the chain.
 * A refusal is permanent when the server answered, and every reply it gave was a 5xx; a 4xx reply, a
 * connection that failed, refused credentials or anything else is temporary.
 */
record SmtpRefusal(String text, boolean permanent) {

    static SmtpRefusal of(Throwable failure) {
        List<String> messages = new ArrayList<>();
        boolean sawPermanent = false;
        // refused credentials are the desk's to fix (a password changed, an authorization revoked), not the
        // recipient's: the mail waits for them, however the server words it (535 5.7.8)
        boolean sawTemporary = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable e = failure; e != null && seen.add(e); e = next(e)) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            if (!message.isEmpty() && !messages.contains(message)) {
                messages.add(message);
            }
            char reply = replyClass(message);
            sawPermanent |= reply == '5';
            sawTemporary |= reply == '4' || e instanceof AuthenticationFailedException;
        }
        return new SmtpRefusal(String.join(" — ", messages), sawPermanent && !sawTemporary);
    }

    private static Throwable next(Throwable e) {
        if (e instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return e.getCause();
    }

    /** The first digit of an SMTP reply the message starts with ({@code 550 ...}, {@code 451-...}), or 0. */
    private static char replyClass(String message) {
        if (message.length() < 4 || !Character.isDigit(message.charAt(1)) || !Character.isDigit(message.charAt(2))
                || message.charAt(3) != ' ' && message.charAt(3) != '-') {
            return 0;
        }
        char first = message.charAt(0);
        return first == '4' || first == '5' ? first : 0;
    }
}
