package org.helpdesk.web.dashboard;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.ticket.QueueCount;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketSummary;

/**
 * The agent's start page: their tickets, what is new, what is escalating, and the counts. Reloaded
 * when tickets change (see {@link DashboardPush}).
 */
@Named
@ViewScoped
public class DashboardView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 10;

    @EJB
    TicketSearchService search;

    private List<TicketSummary> mine;
    private List<TicketSummary> fresh;
    private List<TicketSummary> escalating;
    private List<QueueCount> queues;
    private List<Map.Entry<String, Long>> states;

    public void load() {
        mine = search.myTickets(ROWS);
        fresh = search.newTickets(ROWS);
        escalating = search.escalating(ROWS);
        queues = search.queueOverview();
        states = new ArrayList<>(search.stateCounts().entrySet());
    }

    public List<TicketSummary> getMine() {
        return mine;
    }

    public List<TicketSummary> getFresh() {
        return fresh;
    }

    public List<TicketSummary> getEscalating() {
        return escalating;
    }

    public List<QueueCount> getQueues() {
        return queues;
    }

    public List<Map.Entry<String, Long>> getStates() {
        return states;
    }
}
