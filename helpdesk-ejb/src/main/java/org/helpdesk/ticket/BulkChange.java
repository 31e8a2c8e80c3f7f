package org.helpdesk.ticket;

import java.io.Serializable;

/**
 * What to change on every selected ticket; {@code null} leaves that field alone. {@code lock}
 * true locks the tickets for the agent, false unlocks them.
 */
public record BulkChange(Long queueId, Integer priority, Long stateId, Long ownerId, Boolean lock) implements Serializable {
}
