package org.helpdesk.mail.outbound;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.customer.CustomerUser;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.Templates;
import org.helpdesk.ticket.Arrival;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCreated;

/**
 * Sends the queue's auto-response in the customer's language (Spanish when there is none in it),
 * through the outbox, in the caller's transaction. Never to machines ({@link LoopGuard}), never to
 * the desk's own addresses, and at most {@link DeskSettings#maxAutoResponses()} a day to one address.
 */
@ApplicationScoped
public class AutoResponder {

    private static final Logger LOG = Logger.getLogger(AutoResponder.class.getName());
    static final String DEFAULT_LANGUAGE = "es";

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    DeskSettings settings;

    @Inject
    Settings configuration;

    @Inject
    Clock clock;

    /** A customer opened a ticket (in the portal or by e-mail): confirms it. */
    void onTicketCreated(@Observes(during = TransactionPhase.IN_PROGRESS) TicketCreated created) {
        if (created.arrival().byCustomer()) {
            respond(AutoResponseKind.NEW_TICKET, created.ticket(), created.arrival());
        }
    }

    /**
     * Answers for the ticket's customer the message that arrived: to the address it came from by
     * e-mail, else the customer's address.
     */
    public void respond(AutoResponseKind kind, Ticket ticket, Arrival trigger) {
        CustomerUser customer = ticket.getCustomer();
        String to = trigger.replyAddress() != null ? trigger.replyAddress() : customer.getEmail();
        if (to == null || to.isBlank() || trigger.automated() || isSystemAddress(to)) {
            return;
        }
        long sentToday = em.createNamedQuery("OutboxMessage.autoResponsesSince", Long.class).setParameter("to", to)
                .setParameter("since", clock.instant().minus(Duration.ofDays(1))).getSingleResult();
        if (sentToday >= settings.maxAutoResponses()) {
            LOG.warning(() -> "No auto-response to " + to + ": " + sentToday + " sent in the last 24 hours (limit "
                    + settings.maxAutoResponses() + ")");
            return;
        }
        template(ticket, kind, customer.getLanguage()).ifPresent(response -> {
            Map<String, String> values = Map.of("ticket.number", ticket.getNumber(), "ticket.title", ticket.getTitle(),
                    "ticket.url", configuration.link("/customer/ticket.xhtml?id=" + ticket.getId()),
                    "customer.name", customer.getFullName());
            String inReplyTo = trigger.messageId();
            List<String> references = new ArrayList<>(trigger.references());
            if (inReplyTo != null && !references.contains(inReplyTo)) {
                references.add(inReplyTo);
            }
            outbox.sendAutoResponse(ticket, to, configuration.current().subjectTag(ticket.getNumber()) + " "
                    + Templates.render(response.getSubject(), values), Templates.render(response.getBody(), values),
                    inReplyTo, references.isEmpty() ? null : String.join(" ", references));
        });
    }

    private Optional<AutoResponse> template(Ticket ticket, AutoResponseKind kind, String language) {
        for (String candidate : language == null || language.equals(DEFAULT_LANGUAGE) ? List.of(DEFAULT_LANGUAGE)
                : List.of(language, DEFAULT_LANGUAGE)) {
            List<AutoResponse> found = em.createNamedQuery("AutoResponse.of", AutoResponse.class)
                    .setParameter("queue", ticket.getQueue()).setParameter("kind", kind).setParameter("language", candidate)
                    .getResultList();
            if (!found.isEmpty()) {
                return Optional.of(found.get(0));
            }
        }
        return Optional.empty();
    }

    private boolean isSystemAddress(String address) {
        return !em.createNamedQuery("SystemAddress.validIn", SystemAddress.class)
                .setParameter("emails", List.of(address.toLowerCase(Locale.ROOT))).getResultList().isEmpty();
    }
}
