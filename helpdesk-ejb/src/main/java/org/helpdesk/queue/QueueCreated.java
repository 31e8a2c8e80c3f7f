package org.helpdesk.queue;

/** A queue was created; fired inside the creating transaction (the standard auto-responses follow it). */
public record QueueCreated(Queue queue) {
}
