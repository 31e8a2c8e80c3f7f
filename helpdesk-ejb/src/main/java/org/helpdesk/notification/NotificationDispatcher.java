package org.helpdesk.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.mail.outbound.MailOutbox;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.Templates;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.Ticket;

/**
 * Sends the notifications one ticket event calls for, in the caller's transaction: an entry in the
 * bell for each agent (and an e-mail through the outbox when the notification says so), an e-mail
 * for the customer. The queue's agents are those who chose the queue as one of "my queues" (as OTRS's
 * My Queues: a desk of fifty agents does not ring fifty bells for every new ticket). The agent who
 * caused the event is not told, nor an agent who cannot read the ticket's queue, nor one who switched
 * an optional notification off. Who may read and who switched off are asked once per event, not per
 * agent.
 */
@ApplicationScoped
public class NotificationDispatcher {

    /** The permissions that let an agent read a ticket (see {@link Agent#holds}). */
    private static final Set<Permission> READ = Arrays.stream(Permission.values()).filter(Permission.RO::isGrantedBy)
            .collect(Collectors.toUnmodifiableSet());

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    Settings configuration;

    @Inject
    Event<AgentsNotified> notified;

    public void dispatch(HistoryEntry entry, Instant now) {
        NotificationEvent event = NotificationEvent.of(entry);
        if (event == null) {
            return;
        }
        Ticket ticket = entry.getTicket();
        Set<String> told = new LinkedHashSet<>();
        List<Agent> readers = null;
        Set<Long> mayRead = null;
        for (Notification notification : em.createNamedQuery("Notification.valid", Notification.class).getResultList()) {
            if (!notification.isFor(event, ticket)) {
                continue;
            }
            if (readers == null) {
                readers = holders(ticket.getQueue().getGroup(), READ);
                mayRead = readers.stream().map(Agent::getId).collect(Collectors.toSet());
            }
            Set<Long> switchedOff = notification.isOptional() ? switchedOff(notification) : Set.of();
            for (Agent agent : agents(notification, ticket, readers)) {
                if (agent.getLogin().equals(entry.getCreatedBy()) || !mayRead.contains(agent.getId())
                        || switchedOff.contains(agent.getId())) {
                    continue;
                }
                Map<String, String> values = values(ticket, entry, agent.getFullName(), "/agent/ticket.xhtml?id=");
                String subject = Templates.render(notification.subject(agent.getLanguage()), values);
                em.persist(new AgentNotification(agent, ticket, subject, now));
                if (notification.isSendMail() && agent.getEmail() != null && !agent.getEmail().isBlank()) {
                    outbox.send(agent.getEmail(), configuration.current().subjectTag(ticket.getNumber()) + " " + subject,
                            Templates.render(notification.body(agent.getLanguage()), values));
                }
                told.add(agent.getLogin());
            }
            CustomerUser customer = ticket.getCustomer();
            if (notification.getRecipients().contains(Recipient.CUSTOMER) && customer.getEmail() != null
                    && !customer.getEmail().isBlank() && !customer.getLogin().equals(entry.getCreatedBy())) {
                Map<String, String> values = values(ticket, entry, customer.getFullName(), "/customer/ticket.xhtml?id=");
                outbox.send(customer.getEmail(), configuration.current().subjectTag(ticket.getNumber()) + " "
                        + Templates.render(notification.subject(customer.getLanguage()), values),
                        Templates.render(notification.body(customer.getLanguage()), values));
            }
        }
        if (!told.isEmpty()) {
            notified.fire(new AgentsNotified(told));
        }
    }

    /**
     * Whom the notification names for the ticket; {@code readers}: the agents who may read its queue, of
     * whom the queue's agents are those who chose it as one of their queues.
     */
    private Set<Agent> agents(Notification notification, Ticket ticket, List<Agent> readers) {
        Set<Agent> agents = new LinkedHashSet<>();
        Set<Recipient> recipients = notification.getRecipients();
        if (recipients.contains(Recipient.OWNER) && ticket.getOwner() != null) {
            agents.add(ticket.getOwner());
        }
        if (recipients.contains(Recipient.RESPONSIBLE) && ticket.getResponsible() != null) {
            agents.add(ticket.getResponsible());
        }
        if (recipients.contains(Recipient.QUEUE_AGENTS)) {
            Set<Long> watching = Set.copyOf(em.createNamedQuery("Agent.watching", Long.class)
                    .setParameter("queue", ticket.getQueue().getId()).getResultList());
            readers.stream().filter(agent -> watching.contains(agent.getId())).forEach(agents::add);
        }
        if (recipients.contains(Recipient.GROUP) && notification.getGroup() != null) {
            agents.addAll(holders(notification.getGroup(), Set.of(Permission.values())));
        }
        return agents;
    }

    /**
     * The valid agents holding one of {@code permissions} on {@code group}, directly or through a valid role: one
     * query, so that a queue of fifty agents costs no query per agent (a new ticket notifies every one of them).
     */
    private List<Agent> holders(AgentGroup group, Set<Permission> permissions) {
        return em.createNamedQuery("Agent.holding", Agent.class).setParameter("group", group)
                .setParameter("permissions", permissions).getResultList();
    }

    /** The agents who switched this optional notification off. */
    private Set<Long> switchedOff(Notification notification) {
        return Set.copyOf(em.createNamedQuery("Agent.switchedOff", Long.class).setParameter("notification", notification.getId())
                .getResultList());
    }

    private Map<String, String> values(Ticket ticket, HistoryEntry entry, String recipientName, String path) {
        Map<String, String> values = new HashMap<>();
        values.put("ticket.number", ticket.getNumber());
        values.put("ticket.title", ticket.getTitle());
        values.put("ticket.queue", ticket.getQueue().getName());
        values.put("ticket.priority", String.valueOf(ticket.getPriority()));
        values.put("ticket.url", configuration.link(path + ticket.getId()));
        values.put("event.by", entry.getCreatedBy());
        values.put("recipient.name", recipientName);
        return values;
    }
}
