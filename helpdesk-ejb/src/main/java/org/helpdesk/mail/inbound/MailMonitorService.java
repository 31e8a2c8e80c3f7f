package org.helpdesk.mail.inbound;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.mail.outbound.MailOutbox;
import org.helpdesk.mail.outbound.OutboxMessage;
import org.helpdesk.mail.outbound.OutboxStatus;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.RuleViolationException;

/**
 * What administrators watch of the mail flow: received messages (the quarantine above all, with
 * download and reprocessing) and outgoing mail the relay did not take.
 */
@Stateless
@RolesAllowed("admin")
@Interceptors(ConcurrencyGuard.class)
public class MailMonitorService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    MailIntake intake;

    @Inject
    MailOutbox outbox;

    /** Received messages in these states, newest first. */
    public Page<InboundMail> received(Set<InboundStatus> statuses, int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        List<InboundMail> rows = em.createNamedQuery("InboundMail.byStatus", InboundMail.class)
                .setParameter("statuses", statuses).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Page<>(rows, em.createNamedQuery("InboundMail.countByStatus", Long.class)
                .setParameter("statuses", statuses).getSingleResult());
    }

    /** The raw source of a quarantined message, for download. */
    public byte[] rawSource(long inboundId) {
        agents.requireAdmin(agents.current(context));
        byte[] raw = lookup.require(InboundMail.class, inboundId).getRaw();
        if (raw == null) {
            throw new RuleViolationException("mail.quarantine.noSource");
        }
        return raw;
    }

    /** Handles a quarantined message again: it becomes a ticket or a follow-up, or stays quarantined. */
    public MailIntake.Receipt reprocess(long inboundId) {
        agents.requireAdmin(agents.current(context));
        InboundMail record = lookup.require(InboundMail.class, inboundId);
        if (record.getStatus() != InboundStatus.QUARANTINED) {
            throw new RuleViolationException("mail.quarantine.notQuarantined");
        }
        return intake.reprocess(record);
    }

    /** Outgoing messages the relay refused until Helpdesk gave up, newest first. */
    public Page<OutboxMessage> failedDeliveries(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        List<OutboxMessage> rows = em.createNamedQuery("OutboxMessage.byStatus", OutboxMessage.class)
                .setParameter("status", OutboxStatus.FAILED).setFirstResult(first).setMaxResults(pageSize).getResultList();
        return new Page<>(rows, em.createNamedQuery("OutboxMessage.countByStatus", Long.class)
                .setParameter("status", OutboxStatus.FAILED).getSingleResult());
    }

    /** Puts a failed message back into the outbox, for a fresh round of attempts. */
    public void retryDelivery(long outboxId) {
        agents.requireAdmin(agents.current(context));
        outbox.retry(lookup.require(OutboxMessage.class, outboxId));
    }
}
