package org.helpdesk.notification;

/** Who a notification goes to. */
public enum Recipient {
    /** The ticket's owner. */
    OWNER,
    /** The ticket's responsible agent. */
    RESPONSIBLE,
    /** Every agent who may read the ticket's queue and chose it as one of "my queues" (OTRS's My Queues). */
    QUEUE_AGENTS,
    /** The agents of the notification's group. */
    GROUP,
    /** The ticket's customer, by e-mail. */
    CUSTOMER
}
