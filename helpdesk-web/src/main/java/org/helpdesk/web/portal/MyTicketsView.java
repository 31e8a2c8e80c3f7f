package org.helpdesk.web.portal;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.CustomerTicketService.Show;
import org.helpdesk.web.ticket.TicketListModel;

/** The customer's start page: their tickets, open, closed or all. */
@Named
@ViewScoped
public class MyTicketsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    CustomerTicketService portal;

    private Show show = Show.OPEN;
    private TicketListModel tickets;

    public void load() {
        Show chosen = show;
        tickets = new TicketListModel((filters, sort, ascending, first, size) ->
                portal.myTickets(chosen, sort, ascending, first, size), filters -> portal.countMyTickets(chosen));
    }

    public Show[] getChoices() {
        return Show.values();
    }

    public Show getShow() {
        return show;
    }

    public void setShow(Show show) {
        this.show = show == null ? Show.OPEN : show;
    }

    public TicketListModel getTickets() {
        return tickets;
    }
}
