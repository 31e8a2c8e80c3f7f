package org.helpdesk.web.queue;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.ticket.BulkChange;
import org.helpdesk.ticket.BulkResult;
import org.helpdesk.ticket.QueueCount;
import org.helpdesk.ticket.QueuePage;
import org.helpdesk.ticket.QueuePageService;
import org.helpdesk.ticket.TicketBulkService;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.ticket.TicketZoom;
import org.helpdesk.web.shared.Texts;
import org.helpdesk.web.ticket.TicketExports;
import org.helpdesk.web.ticket.TicketListModel;
import org.primefaces.model.StreamedContent;

/**
 * The queue view: the agent's queues with their open tickets, one queue's tickets in a lazy table, bulk actions.
 * The page around the table is one read ({@link QueuePageService#page}); the table reads each page itself.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    TicketSearchService search;

    @EJB
    TicketBulkService bulk;

    @EJB
    QueuePageService pages;

    @Inject
    Texts texts;

    @Inject
    TicketExports exports;

    private Long queueId;
    private List<QueueCount> overview;
    private QueueCount selected;
    private TicketListModel tickets;

    // bulk action
    private List<TicketSummary> selectedTickets = new ArrayList<>();
    private List<TicketZoom.Choice> moveTargets;
    private List<TicketState> states;
    private Long bulkQueueId;
    private Integer bulkPriority;
    private Long bulkStateId;
    private Boolean bulkLock;

    public void load() {
        QueuePage page = pages.page();
        overview = page.queues();
        selected = overview.stream().filter(q -> queueId != null && q.queueId() == queueId).findFirst()
                .orElse(overview.isEmpty() ? null : overview.get(0));
        tickets = selected == null ? null : TicketListModel.forAgents(search, TicketQuery.openIn(selected.queueId()));
        moveTargets = page.moveTargets();
        states = page.states();
    }

    /** Applies the chosen changes to every selected ticket and reports which ones were refused. */
    public void applyBulk() {
        List<Long> ids = selectedTickets.stream().map(TicketSummary::id).toList();
        BulkResult result = bulk.apply(ids, new BulkChange(bulkQueueId, bulkPriority, bulkStateId, null, bulkLock));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                texts.get("bulk.done", result.changed().size()), null));
        result.failures().forEach(failure -> faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                failure.ticketNumber() + ": " + texts.of(failure.reason()), null)));
        selectedTickets = new ArrayList<>();
        bulkQueueId = null;
        bulkPriority = null;
        bulkStateId = null;
        bulkLock = null;
        overview = search.queueOverview();
    }

    /** The queue's open tickets as the table shows them now (its filters and order), as CSV. */
    public StreamedContent getCsv() {
        return exports.csv("cola", tickets::shown);
    }

    public StreamedContent getPdf() {
        return exports.pdf("cola", selected.queue(), texts.get("export.queue.what"), tickets::shown);
    }

    public Long getQueueId() {
        return queueId;
    }

    public void setQueueId(Long queueId) {
        this.queueId = queueId;
    }

    public List<TicketSummary> getSelectedTickets() {
        return selectedTickets;
    }

    public void setSelectedTickets(List<TicketSummary> selectedTickets) {
        this.selectedTickets = selectedTickets == null ? new ArrayList<>() : selectedTickets;
    }

    public List<TicketZoom.Choice> getMoveTargets() {
        return moveTargets;
    }

    public List<TicketState> getStates() {
        return states;
    }

    public Long getBulkQueueId() {
        return bulkQueueId;
    }

    public void setBulkQueueId(Long bulkQueueId) {
        this.bulkQueueId = bulkQueueId;
    }

    public Integer getBulkPriority() {
        return bulkPriority;
    }

    public void setBulkPriority(Integer bulkPriority) {
        this.bulkPriority = bulkPriority;
    }

    public Long getBulkStateId() {
        return bulkStateId;
    }

    public void setBulkStateId(Long bulkStateId) {
        this.bulkStateId = bulkStateId;
    }

    public Boolean getBulkLock() {
        return bulkLock;
    }

    public void setBulkLock(Boolean bulkLock) {
        this.bulkLock = bulkLock;
    }

    public List<QueueCount> getQueues() {
        return overview;
    }

    public QueueCount getSelected() {
        return selected;
    }

    public TicketListModel getTickets() {
        return tickets;
    }
}
