package org.helpdesk.ticket;

import java.util.List;

/**
 * How the message that opened a ticket or added an article reached the desk: typed by an agent,
 * written in the customer portal, or received by e-mail. For e-mail it keeps what an answer needs:
 * the address to answer, the message's Message-ID and References, and whether a machine sent it
 * (never answered automatically).
 */
public record Arrival(Source source, String replyAddress, String messageId, List<String> references, boolean automated) {

    /** Who or what brought the message in. */
    public enum Source {
        AGENT, PORTAL, MAIL
    }

    public Arrival {
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static Arrival agent() {
        return new Arrival(Source.AGENT, null, null, List.of(), false);
    }

    public static Arrival portal() {
        return new Arrival(Source.PORTAL, null, null, List.of(), false);
    }

    public static Arrival mail(String replyAddress, String messageId, List<String> references, boolean automated) {
        return new Arrival(Source.MAIL, replyAddress, messageId, references, automated);
    }

    /** Whether the customer (not an agent on their behalf) wrote it: then the desk confirms it. */
    public boolean byCustomer() {
        return source != Source.AGENT;
    }
}
