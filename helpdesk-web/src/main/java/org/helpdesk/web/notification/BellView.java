package org.helpdesk.web.notification;

import java.io.IOException;
import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.helpdesk.notification.AgentNotification;
import org.helpdesk.notification.BellService;
import org.helpdesk.web.shared.PagedModel;

/** The agent's bell: the unread count in the header, and the list of notifications. */
@Named
@ViewScoped
public class BellView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BellService bell;

    private Long unread;
    private PagedModel<AgentNotification> notifications;

    public long getUnread() {
        if (unread == null) {
            unread = bell.unreadCount();
        }
        return unread;
    }

    /** The count as the header shows it: "99+" from {@link BellService#UNREAD_CAP} on. */
    public String getUnreadShown() {
        return getUnread() >= BellService.UNREAD_CAP ? (BellService.UNREAD_CAP - 1) + "+" : String.valueOf(getUnread());
    }

    /** Called when the server pushes a change: the count is read again. */
    public void refresh() {
        unread = null;
    }

    public PagedModel<AgentNotification> getNotifications() {
        if (notifications == null) {
            notifications = new PagedModel<>(bell::recent);
        }
        return notifications;
    }

    public void open(AgentNotification notification) throws IOException {
        long ticketId = bell.open(notification.getId());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/agent/ticket.xhtml?id=" + ticketId);
    }

    public void readAll() {
        bell.readAll();
        unread = null;
        notifications = null;
    }
}
