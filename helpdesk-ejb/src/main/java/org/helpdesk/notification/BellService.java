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

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;

/** The calling agent's bell and notification preferences. An agent only ever sees their own. */
@Stateless
@RolesAllowed("agent")
public class BellService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Clock clock;

    public long unreadCount() {
        return em.createNamedQuery("AgentNotification.unreadCount", Long.class).setParameter("agent", me()).getSingleResult();
    }

    public Page<AgentNotification> recent(int first, int pageSize) {
        Agent me = me();
        List<AgentNotification> rows = em.createNamedQuery("AgentNotification.recent", AgentNotification.class)
                .setParameter("agent", me).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Page<>(rows, em.createQuery("SELECT COUNT(n) FROM AgentNotification n WHERE n.agent = :agent", Long.class)
                .setParameter("agent", me).getSingleResult());
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
