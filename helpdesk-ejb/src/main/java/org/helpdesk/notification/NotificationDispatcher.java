package org.helpdesk.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
 * an optional notification off. Who may read and who switched off are asked once per notification, not
 * per agent.
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
        for (Notification notification : em.createNamedQuery("Notification.valid", Notification.class).getResultList()) {
            if (!notification.isFor(event, ticket)) {
                continue;
            }
            Set<Agent> named = agents(notification, ticket);
            Set<Long> mayRead = readers(named, ticket.getQueue().getGroup());
            Set<Long> switchedOff = notification.isOptional() ? switchedOff(notification) : Set.of();
            for (Agent agent : named) {
                if (agent.getLogin().equals(entry.getCreatedBy()) || !mayRead.contains(agent.getId())
                        || switchedOff.contains(agent.getId())) {
                    continue;
                }
                Map<String, String> values = values(ticket, entry, agent.getFullName(), "/agent/ticket.xhtml?id=");
                String subject = Templates.render(notification.subject(agent.getLanguage()), values);
                em.persist(new AgentNotification(agent, ticket, subject, now));
                if (notification.isSendMail() && agent.getEmail() != null && !agent.getEmail().isBlank()) {
                    outbox.sendAbout(ticket, agent.getEmail(),
                            configuration.current().subjectTag(ticket.getNumber()) + " " + subject,
                            Templates.render(notification.body(agent.getLanguage()), values));
                }
                told.add(agent.getLogin());
            }
            CustomerUser customer = ticket.getCustomer();
            if (notification.getRecipients().contains(Recipient.CUSTOMER) && customer.getEmail() != null
                    && !customer.getEmail().isBlank() && !customer.getLogin().equals(entry.getCreatedBy())) {
                Map<String, String> values = values(ticket, entry, customer.getFullName(), "/customer/ticket.xhtml?id=");
                outbox.sendAbout(ticket, customer.getEmail(), configuration.current().subjectTag(ticket.getNumber()) + " "
                        + Templates.render(notification.subject(customer.getLanguage()), values),
                        Templates.render(notification.body(customer.getLanguage()), values));
            }
        }
        if (!told.isEmpty()) {
            notified.fire(new AgentsNotified(told));
        }
    }

    /** Whom the notification names for the ticket (who of them may read it is asked apart). */
    private Set<Agent> agents(Notification notification, Ticket ticket) {
        Set<Agent> agents = new LinkedHashSet<>();
        Set<Recipient> recipients = notification.getRecipients();
        if (recipients.contains(Recipient.OWNER) && ticket.getOwner() != null) {
            agents.add(ticket.getOwner());
        }
        if (recipients.contains(Recipient.RESPONSIBLE) && ticket.getResponsible() != null) {
            agents.add(ticket.getResponsible());
        }
        if (recipients.contains(Recipient.QUEUE_AGENTS)) {
            agents.addAll(em.createNamedQuery("Agent.watching", Agent.class).setParameter("queue", ticket.getQueue().getId())
                    .getResultList());
        }
        if (recipients.contains(Recipient.GROUP) && notification.getGroup() != null) {
            agents.addAll(em.createNamedQuery("Agent.holding", Agent.class).setParameter("group", notification.getGroup())
                    .setParameter("permissions", Set.of(Permission.values())).getResultList());
        }
        return agents;
    }

    /**
     * The ids of those of {@code agents} who may read the group's queues, directly or through a valid role: one
     * query for all of them, so that a group of fifty agents costs no query per agent.
     */
    private Set<Long> readers(Set<Agent> agents, AgentGroup group) {
        if (agents.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createNamedQuery("Agent.holdingAmong", Long.class)
                .setParameter("ids", agents.stream().map(Agent::getId).toList()).setParameter("group", group)
                .setParameter("permissions", READ).getResultList());
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
