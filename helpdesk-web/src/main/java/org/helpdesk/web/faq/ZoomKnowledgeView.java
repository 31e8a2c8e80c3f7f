package org.helpdesk.web.faq;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.faq.FaqRow;
import org.helpdesk.faq.FaqService;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.web.ticket.TicketZoomView;

/**
 * The zoom's "known solutions": FAQ articles and solved tickets like the ticket, the FAQ articles
 * linked to it, and the one-click insertion of an article's solution into the answer being written.
 */
@Named
@ViewScoped
public class ZoomKnowledgeView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many articles and how many solved tickets the zoom suggests. */
    private static final int SUGGESTIONS = 5;

    @EJB
    KnowledgeBase knowledgeBase;

    @EJB
    FaqService faq;

    @EJB
    TicketSearchService search;

    @Inject
    TicketZoomView zoom;

    private Long loadedFor;
    private List<FaqRow> articles;
    private List<TicketSummary> solvedTickets;
    private List<FaqRow> linked;

    /**
     * Reads the suggestions once per ticket shown, when the side panel first asks for them: the panel
     * is deferred, so this runs in a request of its own after the zoom is on the screen.
     */
    private void load() {
        Long ticketId = zoom.getId();
        if (ticketId == null || ticketId.equals(loadedFor) || zoom.getTicket() == null) {
            return;
        }
        loadedFor = ticketId;
        articles = knowledgeBase.suggest(zoom.getTicket().title(), SUGGESTIONS);
        solvedTickets = search.similarSolved(ticketId, SUGGESTIONS);
        linked = faq.linkedTo(ticketId);
    }

    /** Appends the article's solution to the answer and links the article to the ticket. */
    public void insert(long faqId) {
        zoom.appendToBody(knowledgeBase.read(faqId).solutionText());
        link(faqId);
    }

    public void link(long faqId) {
        faq.link(faqId, zoom.getId());
        linked = faq.linkedTo(zoom.getId());
    }

    public void unlink(long faqId) {
        faq.unlink(faqId, zoom.getId());
        linked = faq.linkedTo(zoom.getId());
    }

    public List<FaqRow> getArticles() {
        load();
        return articles;
    }

    public List<TicketSummary> getSolvedTickets() {
        load();
        return solvedTickets;
    }

    public List<FaqRow> getLinked() {
        load();
        return linked;
    }
}
