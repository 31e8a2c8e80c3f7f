package org.helpdesk.notification;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
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
 * for the customer. The
 * agent who caused the event is not told, nor an agent who cannot read the ticket's queue, nor one
 * who switched an optional notification off.
 */
@ApplicationScoped
public class NotificationDispatcher {

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
            for (Agent agent : agents(notification, ticket)) {
                if (agent.getLogin().equals(entry.getCreatedBy()) || !agent.isValid()
                        || !agent.holds(ticket.getQueue().getGroup(), Permission.RO)
                        || notification.isOptional() && agent.hasSwitchedOff(notification.getId())) {
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
            agents.addAll(holders(ticket.getQueue().getGroup()));
        }
        if (recipients.contains(Recipient.GROUP) && notification.getGroup() != null) {
            agents.addAll(holders(notification.getGroup()));
        }
        return agents;
    }

    private List<Agent> holders(org.helpdesk.agent.AgentGroup group) {
        return em.createNamedQuery("Agent.holding", Agent.class).setParameter("group", group)
                .setParameter("permissions", Set.of(Permission.values())).getResultList();
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
