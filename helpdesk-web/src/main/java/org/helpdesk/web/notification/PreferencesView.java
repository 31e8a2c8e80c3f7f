package org.helpdesk.web.notification;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.Permission;
import org.helpdesk.notification.BellService;
import org.helpdesk.notification.Notification;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;
import org.helpdesk.web.shared.Texts;

/** The agent's notification preferences: "my queues" and which optional notifications they receive. */
@Named
@ViewScoped
public class PreferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BellService bell;

    @EJB
    QueueService queues;

    @Inject
    Texts texts;

    private List<Queue> readable;
    private List<Long> myQueues;
    private List<Notification> optional;
    private List<Long> wanted;

    public void load() {
        readable = queues.queuesWith(Permission.RO);
        myQueues = new ArrayList<>(queues.myQueues());
        optional = bell.optionalNotifications();
        Set<Long> off = bell.switchedOff();
        wanted = optional.stream().map(Notification::getId).filter(id -> !off.contains(id)).collect(Collectors.toList());
    }

    public void save() {
        Set<Long> off = new HashSet<>();
        optional.forEach(n -> off.add(n.getId()));
        off.removeAll(wanted);
        bell.switchOff(off);
        queues.chooseMyQueues(Set.copyOf(myQueues));
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public List<Queue> getReadable() {
        return readable;
    }

    public List<Long> getMyQueues() {
        return myQueues;
    }

    public void setMyQueues(List<Long> myQueues) {
        this.myQueues = myQueues;
    }

    public List<Notification> getOptional() {
        return optional;
    }

    public List<Long> getWanted() {
        return wanted;
    }

    public void setWanted(List<Long> wanted) {
        this.wanted = wanted;
    }
}
