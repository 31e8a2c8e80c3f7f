package org.helpdesk.ticket;

import java.util.EnumSet;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.ConcurrentChangeException;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ItServiceForm;
import org.helpdesk.sla.ServiceCatalog;

/**
 * Ticket states, ticket types and IT services for administrators. Nothing is deleted (tickets refer to
 * them); what is no longer wanted is made invalid, except the last valid state of a type the workflow
 * needs (new, open, closed, merged).
 */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class CatalogAdminService {

    private static final Set<StateType> NEEDED = EnumSet.of(StateType.NEW, StateType.OPEN, StateType.CLOSED, StateType.MERGED);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    BeanValidation validation;

    @EJB
    ServiceCatalog serviceCatalog;

    public Page<TicketState> states(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.all(em, TicketState.class, "e.type, e.name", first, pageSize);
    }

    public Page<TicketType> types(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.all(em, TicketType.class, "e.name", first, pageSize);
    }

    public Page<ItService> services(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.all(em, ItService.class, "e.name", first, pageSize);
    }

    /** Creates ({@code id} null) or changes a state. */
    public TicketState saveState(TicketStateForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        String trimmed = unique(TicketState.class, form.id(), form.name());
        StateType type = form.type();
        TicketState state;
        if (form.isNew()) {
            state = new TicketState(trimmed, type);
            em.persist(state);
        } else {
            state = lookup.require(TicketState.class, form.id());
            state.checkVersion(form.version());
            boolean leavesType = !form.valid() || type != state.getType();
            if (leavesType && state.isValid() && NEEDED.contains(state.getType()) && em.createQuery(
                    "SELECT COUNT(s) FROM TicketState s WHERE s.valid = TRUE AND s.type = :type", Long.class)
                    .setParameter("type", state.getType()).getSingleResult() == 1) {
                throw new ValidationException("valid", "validation.lastStateOfType", state.getName());
            }
        }
        boolean reopensOrFinishes = !form.isNew() && type.isFinished() != state.getType().isFinished();
        state.change(trimmed, type, form.valid());
        if (reopensOrFinishes) {
            // the tickets in this state follow it into or out of the open ones
            em.createQuery("UPDATE Ticket t SET t.open = :open WHERE t.state = :state")
                    .setParameter("open", !type.isFinished()).setParameter("state", state).executeUpdate();
        }
        return state;
    }

    public TicketType saveType(TicketTypeForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        String trimmed = unique(TicketType.class, form.id(), form.name());
        TicketType type;
        if (form.isNew()) {
            type = new TicketType(trimmed);
            em.persist(type);
        } else {
            type = lookup.require(TicketType.class, form.id());
            type.checkVersion(form.version());
        }
        type.change(trimmed, form.valid());
        return type;
    }

    /** Creates a service (under {@code parentId}, if given: "Parent › Name") or renames one and makes it (in)valid. */
    public ItService saveService(ItServiceForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        if (form.isNew()) {
            ItService created = serviceCatalog.createService(form.name(), form.parentId());
            created.change(created.getName(), form.valid());
            return created;
        }
        String trimmed = unique(ItService.class, form.id(), form.name());
        ItService service = lookup.require(ItService.class, form.id());
        service.checkVersion(form.version());
        service.change(trimmed, form.valid());
        return service;
    }

    /** Renames a priority (Spanish and English) or makes it (in)valid; one the impact × urgency matrix gives stays valid. */
    public TicketPriority savePriority(TicketPriorityForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        int level = form.level();
        String es = form.nameEs().trim();
        String en = form.nameEn().trim();
        TicketPriority priority = em.find(TicketPriority.class, level);
        if (priority == null) {
            throw new NotFoundException("TicketPriority", level);
        }
        if (priority.getVersion() != form.version()) {
            throw new ConcurrentChangeException();
        }
        if (!form.valid() && em.createQuery("SELECT COUNT(c) FROM PriorityMatrixCell c WHERE c.priority = :level", Long.class)
                .setParameter("level", level).getSingleResult() > 0) {
            throw new ValidationException("valid", "validation.priorityInMatrix", es);
        }
        priority.change(es, en, form.valid());
        return priority;
    }

    /** The name, trimmed, or a validation error when another one of the type has it. */
    private String unique(Class<?> type, Long id, String name) {
        String trimmed = name.trim();
        if (em.createQuery("SELECT e.id FROM " + type.getSimpleName() + " e WHERE e.name = :name", Long.class)
                .setParameter("name", trimmed).getResultStream().anyMatch(other -> !other.equals(id))) {
            throw new ValidationException("name", "validation.taken", trimmed);
        }
        return trimmed;
    }
}
