package org.helpdesk.mail.outbound;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.shared.Messages;

/** Mail to every administrator with an address, each in their language, in the caller's transaction. */
@ApplicationScoped
public class AdminMails {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    /** Sends each administrator the subject and body made for their language; how many were sent. */
    public int send(Function<Locale, String> subject, Function<Locale, String> body) {
        AgentGroup admin = em.createNamedQuery("AgentGroup.byName", AgentGroup.class).setParameter("name", AgentGroup.ADMIN)
                .getSingleResult();
        List<Agent> admins = em.createNamedQuery("Agent.holding", Agent.class).setParameter("group", admin)
                .setParameter("permissions", Set.of(Permission.RW)).getResultList();
        int sent = 0;
        for (Agent agent : admins) {
            if (agent.getEmail() == null || agent.getEmail().isBlank()) {
                continue;
            }
            Locale locale = Messages.supported(Locale.forLanguageTag(agent.getLanguage() == null ? "es" : agent.getLanguage()));
            outbox.send(agent.getEmail(), subject.apply(locale), body.apply(locale));
            sent++;
        }
        return sent;
    }
}
