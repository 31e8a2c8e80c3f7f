package org.helpdesk.mail.inbound;

/** What became of a received message. */
public enum InboundStatus {
    /** It opened a new ticket. */
    NEW_TICKET,
    /** It was added to an existing ticket. */
    FOLLOW_UP,
    /** It answered a closed ticket whose queue refuses follow-ups; the sender was told. */
    REJECTED,
    /** A PostMaster filter said to ignore it. */
    IGNORED,
    /** It could not be read; its raw source waits for an administrator. */
    QUARANTINED,
    /** It is larger than the limit and was left in the mailbox. */
    TOO_LARGE;

    /** Whether the message was dealt with and may be removed from the mailbox. */
    public boolean isDone() {
        return this != TOO_LARGE;
    }
}
