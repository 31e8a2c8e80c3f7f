package org.helpdesk.ticket;

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

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;

/** Administration of the escalation rules. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class EscalationRuleService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    public Page<EscalationRule> rules(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, EscalationRule.class, "EscalationRule.all", "EscalationRule.count", first, pageSize);
    }

    /** The pending states, each saying whether it stops the SLA clocks. */
    public List<TicketState> pendingStates() {
        agents.requireAdmin(agents.current(context));
        return em.createNamedQuery("TicketState.pending", TicketState.class).getResultList();
    }

    /**
     * Chooses which pending states stop the SLA clocks; tickets already in a state keep the clock
     * they had until their next change.
     */
    public void setClockStoppingStates(Set<Long> stateIds) {
        agents.requireAdmin(agents.current(context));
        for (TicketState state : em.createNamedQuery("TicketState.pending", TicketState.class).getResultList()) {
            state.setStopsClock(stateIds.contains(state.getId()));
        }
    }

    /** Creates ({@code form.id()} null) or changes a rule. */
    public EscalationRule save(EscalationRuleForm form) {
        agents.requireAdmin(agents.current(context));
        String name = ValidationException.requireText("name", form.name(), 200);
        if (form.trigger() == null) {
            throw new ValidationException("trigger", "validation.required");
        }
        form.condition().validate();
        if (form.setPriority() != null
                && (form.setPriority() < Ticket.LOWEST_PRIORITY || form.setPriority() > Ticket.HIGHEST_PRIORITY)) {
            throw new ValidationException("priority", "validation.priority", Ticket.LOWEST_PRIORITY, Ticket.HIGHEST_PRIORITY);
        }
        if (form.moveToId() == null && form.setPriority() == null && form.responsibleId() == null
                && form.notifyGroupId() == null && !form.notifyOwner()) {
            throw new ValidationException("action", "validation.ruleAction");
        }
        TicketCondition condition = form.condition().resolve(lookup);
        Queue moveTo = lookup.optionalReference(Queue.class, form.moveToId(), "moveToId");
        Agent responsible = lookup.optionalReference(Agent.class, form.responsibleId(), "responsibleId");
        AgentGroup group = lookup.optionalReference(AgentGroup.class, form.notifyGroupId(), "notifyGroupId");
        EscalationRule rule;
        if (form.id() == null) {
            rule = new EscalationRule(name, form.trigger());
        } else {
            rule = lookup.require(EscalationRule.class, form.id());
            rule.checkVersion(form.version());
        }
        em.createNamedQuery("EscalationRule.byName", EscalationRule.class).setParameter("name", name).getResultStream()
                .filter(other -> !other.getId().equals(form.id())).findAny().ifPresent(other -> {
                    throw new ValidationException("name", "validation.taken", name);
                });
        rule.applyTo(name, form.position(), form.trigger(), condition);
        rule.act(moveTo, form.setPriority(), responsible, group, form.notifyOwner());
        rule.setValid(form.valid());
        if (form.id() == null) {
            em.persist(rule);
        }
        return rule;
    }
}
