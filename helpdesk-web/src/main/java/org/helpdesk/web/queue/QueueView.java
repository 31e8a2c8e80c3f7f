package org.helpdesk.web.queue;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.ticket.QueueCount;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.web.ticket.TicketListModel;

/** The queue view: the agent's queues with their open tickets, and one queue's tickets in a lazy table. */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TicketSearchService search;

    private Long queueId;
    private List<QueueCount> queues;
    private QueueCount selected;
    private TicketListModel tickets;

    public void load() {
        queues = search.queueOverview();
        selected = queues.stream().filter(q -> queueId != null && q.queueId() == queueId).findFirst()
                .orElse(queues.isEmpty() ? null : queues.get(0));
        tickets = selected == null ? null : new TicketListModel(search, TicketQuery.openIn(selected.queueId()));
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public List<QueueCount> getQueues() {
        return queues;
    }

    public QueueCount getSelected() {
        return selected;
    }

    public TicketListModel getTickets() {
        return tickets;
    }
}
