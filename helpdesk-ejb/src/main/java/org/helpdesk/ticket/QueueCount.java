package org.helpdesk.ticket;

import java.io.Serializable;

/** A queue and how many of its tickets are still being worked on. */
public record QueueCount(long queueId, String queue, int tier, long openTickets) implements Serializable {
}
