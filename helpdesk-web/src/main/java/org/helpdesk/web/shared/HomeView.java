package org.helpdesk.web.shared;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.helpdesk.agent.Permission;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueService;

/** The agent's start page: who is logged in and the queues they can work on. */
@Named
@RequestScoped
public class HomeView {

    @EJB
    QueueService queues;

    @Inject
    SecurityContext security;

    private List<Queue> myQueues;

    public void load() {
        myQueues = queues.queuesWith(Permission.RO);
    }

    public String getCaller() {
        return security.getCallerPrincipal().getName();
    }

    public boolean isAdmin() {
        return security.isCallerInRole("admin");
    }

    public List<Queue> getMyQueues() {
        return myQueues;
    }
}
