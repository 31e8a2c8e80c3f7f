package org.helpdesk.ticket;

import java.io.Serializable;
import java.util.List;

/**
 * What the agent's queue view shows around its ticket table, read in one call (see
 * {@link QueuePageService}); the table reads its pages itself, one query for the rows and one
 * for the count, through {@link TicketSearchService}.
 *
 * @param queues      the queues the agent may see with their open tickets, in the queues' order
 * @param moveTargets the queues the bulk action may move tickets into
 * @param states      the states the bulk action may set
 */
public record QueuePage(List<QueueCount> queues, List<TicketZoom.Choice> moveTargets, List<TicketState> states)
        implements Serializable {
}
