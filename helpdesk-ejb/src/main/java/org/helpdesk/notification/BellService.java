package org.helpdesk.notification;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;

/** The calling agent's bell and notification preferences. An agent only ever sees their own. */
@Stateless
@RolesAllowed("agent")
public class BellService {

    /** The most unread notifications the bell counts; it shows "99+" then. */
    public static final int UNREAD_CAP = 100;
    /** The most notifications the list counts and pages through. */
    public static final int LIST_CAP = 1_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Clock clock;

    /**
     * How many notifications the agent has not read, counted up to {@link #UNREAD_CAP}: an agent who never
     * opens the bell gathers tens of thousands on a busy desk, and the count is on every page.
     */
    public long unreadCount() {
        return upTo(UNREAD_CAP, em.createNamedQuery("AgentNotification.unread", Long.class).setParameter("agent", me()));
    }

    /** The agent's notifications, newest first; the total is counted up to {@link #LIST_CAP}, the pages reach that far. */
    public Page<AgentNotification> recent(int first, int pageSize) {
        Agent me = me();
        List<AgentNotification> rows = em.createNamedQuery("AgentNotification.recent", AgentNotification.class)
                .setParameter("agent", me).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Page<>(rows, upTo(LIST_CAP, em.createNamedQuery("AgentNotification.all", Long.class).setParameter("agent", me)));
    }

    /** How many rows the query finds, reading at most {@code cap} of them. */
    private static long upTo(int cap, TypedQuery<Long> ids) {
        return ids.setMaxResults(cap).getResultList().size();
    }

    /** Marks one of the agent's notifications read and returns the id of its ticket. */
    public long open(long notificationId) {
        AgentNotification notification = em.find(AgentNotification.class, notificationId);
        if (notification == null || !notification.getAgent().equals(me())) {
            throw new NotFoundException("AgentNotification", notificationId);
        }
        notification.read(clock.instant());
        return notification.getTicket().getId();
    }

    public void readAll() {
        em.createNamedQuery("AgentNotification.readAll").setParameter("agent", me()).setParameter("now", clock.instant())
                .executeUpdate();
    }

    /** The notifications an agent may switch off. */
    public List<Notification> optionalNotifications() {
        return em.createNamedQuery("Notification.optional", Notification.class).getResultList();
    }

    /** The ids of the optional notifications the agent switched off. */
    public Set<Long> switchedOff() {
        Agent me = me();
        return optionalNotifications().stream().map(Notification::getId).filter(me::hasSwitchedOff).collect(Collectors.toSet());
    }

    /** Switches the given optional notifications off and the other optional ones on. */
    public void switchOff(Set<Long> notificationIds) {
        Set<Long> optional = optionalNotifications().stream().map(Notification::getId).collect(Collectors.toSet());
        me().switchOffNotifications(notificationIds.stream().filter(optional::contains).collect(Collectors.toSet()));
    }

    private Agent me() {
        return agents.current(context);
    }
}
