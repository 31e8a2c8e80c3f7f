package org.helpdesk.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.ticket.CustomerTicketService;

/** The signed-in customer as the portal names them: by their name, not by their login. */
@Named
@RequestScoped
public class PortalUserView {

    @EJB
    CustomerTicketService portal;

    private String name;

    public String getName() {
        if (name == null) {
            try {
                name = portal.myName();
            } catch (HelpdeskException e) {
                // an account disabled meanwhile: the error page still names the caller
                name = FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
            }
        }
        return name;
    }
}
