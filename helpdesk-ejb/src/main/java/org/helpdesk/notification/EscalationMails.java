package org.helpdesk.notification;

import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.mail.outbound.MailOutbox;
import org.helpdesk.settings.Settings;
import org.helpdesk.shared.Messages;
import org.helpdesk.ticket.EscalationRaised;
import org.helpdesk.ticket.EscalationTrigger;
import org.helpdesk.ticket.Ticket;

/** Tells the agents an escalation rule names, by e-mail in their language, queued in the escalating transaction. */
@ApplicationScoped
public class EscalationMails {

    @Inject
    MailOutbox outbox;

    @Inject
    Settings configuration;

    void onEscalation(@Observes(during = TransactionPhase.IN_PROGRESS) EscalationRaised raised) {
        raised.toTell().forEach(agent -> tell(agent, raised.ticket(), raised.trigger()));
    }

    private void tell(Agent agent, Ticket ticket, EscalationTrigger trigger) {
        if (agent.getEmail() == null || agent.getEmail().isBlank()) {
            return;
        }
        Locale locale = Messages.supported(Locale.forLanguageTag(agent.getLanguage() == null ? "es" : agent.getLanguage()));
        String key = trigger == EscalationTrigger.WARNING ? "escalation.mail.warning" : "escalation.mail.breach";
        outbox.sendAbout(ticket, agent.getEmail(), configuration.current().subjectTag(ticket.getNumber()) + " "
                + Messages.format(locale, key + ".subject", ticket.getTitle()),
                Messages.format(locale, key + ".body", agent.getFirstName(), ticket.getNumber(), ticket.getTitle(),
                        ticket.getQueue().getName(), configuration.link("/agent/ticket.xhtml?id=" + ticket.getId())));
    }
}
