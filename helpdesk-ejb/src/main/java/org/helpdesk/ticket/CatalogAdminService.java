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
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.ConcurrentChangeException;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.ItService;
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
    public TicketState saveState(Long id, long version, String name, StateType type, boolean valid) {
        agents.requireAdmin(agents.current(context));
        String trimmed = unique(TicketState.class, id, name, 100);
        if (type == null) {
            throw new ValidationException("type", "validation.required");
        }
        TicketState state;
        if (id == null) {
            state = new TicketState(trimmed, type);
            em.persist(state);
        } else {
            state = lookup.require(TicketState.class, id);
            state.checkVersion(version);
            boolean leavesType = !valid || type != state.getType();
            if (leavesType && state.isValid() && NEEDED.contains(state.getType()) && em.createQuery(
                    "SELECT COUNT(s) FROM TicketState s WHERE s.valid = TRUE AND s.type = :type", Long.class)
                    .setParameter("type", state.getType()).getSingleResult() == 1) {
                throw new ValidationException("valid", "validation.lastStateOfType", state.getName());
            }
        }
        state.change(trimmed, type, valid);
        return state;
    }

    public TicketType saveType(Long id, long version, String name, boolean valid) {
        agents.requireAdmin(agents.current(context));
        String trimmed = unique(TicketType.class, id, name, 100);
        TicketType type;
        if (id == null) {
            type = new TicketType(trimmed);
            em.persist(type);
        } else {
            type = lookup.require(TicketType.class, id);
            type.checkVersion(version);
        }
        type.change(trimmed, valid);
        return type;
    }

    /** Creates a service (under {@code parentId}, if given: "Parent › Name") or renames one and makes it (in)valid. */
    public ItService saveService(Long id, long version, String name, Long parentId, boolean valid) {
        agents.requireAdmin(agents.current(context));
        if (id == null) {
            ItService created = serviceCatalog.createService(name, parentId);
            created.change(created.getName(), valid);
            return created;
        }
        String trimmed = unique(ItService.class, id, name, 200);
        ItService service = lookup.require(ItService.class, id);
        service.checkVersion(version);
        service.change(trimmed, valid);
        return service;
    }

    /** Renames a priority (Spanish and English) or makes it (in)valid; one the impact × urgency matrix gives stays valid. */
    public TicketPriority savePriority(int level, long version, String nameEs, String nameEn, boolean valid) {
        agents.requireAdmin(agents.current(context));
        String es = ValidationException.requireText("nameEs", nameEs, 100);
        String en = ValidationException.requireText("nameEn", nameEn, 100);
        TicketPriority priority = em.find(TicketPriority.class, level);
        if (priority == null) {
            throw new NotFoundException("TicketPriority", level);
        }
        if (priority.getVersion() != version) {
            throw new ConcurrentChangeException();
        }
        if (!valid && em.createQuery("SELECT COUNT(c) FROM PriorityMatrixCell c WHERE c.priority = :level", Long.class)
                .setParameter("level", level).getSingleResult() > 0) {
            throw new ValidationException("valid", "validation.priorityInMatrix", es);
        }
        priority.change(es, en, valid);
        return priority;
    }

    private String unique(Class<?> type, Long id, String name, int maxLength) {
        String trimmed = ValidationException.requireText("name", name, maxLength);
        if (em.createQuery("SELECT e.id FROM " + type.getSimpleName() + " e WHERE e.name = :name", Long.class)
                .setParameter("name", trimmed).getResultStream().anyMatch(other -> !other.equals(id))) {
            throw new ValidationException("name", "validation.taken", trimmed);
        }
        return trimmed;
    }
}
