package org.helpdesk.mail;

import java.io.Serializable;

/** What one poll of a mailbox did. */
public record PollResult(int fetched, int newTickets, int followUps, int quarantined, int duplicates, int leftInMailbox)
        implements Serializable {

    static PollResult empty() {
        return new PollResult(0, 0, 0, 0, 0, 0);
    }

    PollResult plus(MailIntake.Receipt receipt) {
        if (receipt.duplicate()) {
            return new PollResult(fetched + 1, newTickets, followUps, quarantined, duplicates + 1,
                    leftInMailbox + (receipt.status().isDone() ? 0 : 1));
        }
        return switch (receipt.status()) {
            case NEW_TICKET -> new PollResult(fetched + 1, newTickets + 1, followUps, quarantined, duplicates, leftInMailbox);
            case FOLLOW_UP -> new PollResult(fetched + 1, newTickets, followUps + 1, quarantined, duplicates, leftInMailbox);
            case QUARANTINED -> new PollResult(fetched + 1, newTickets, followUps, quarantined + 1, duplicates, leftInMailbox);
            case TOO_LARGE -> new PollResult(fetched + 1, newTickets, followUps, quarantined, duplicates, leftInMailbox + 1);
            default -> new PollResult(fetched + 1, newTickets, followUps, quarantined, duplicates, leftInMailbox);
        };
    }
}
