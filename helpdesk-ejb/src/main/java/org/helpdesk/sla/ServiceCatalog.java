package org.helpdesk.sla;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.ValidationException;

/** The IT services incidents are classified under: administrators define them, everybody chooses from them. */
@Stateless
@RolesAllowed({ "agent", "customer" })
@Interceptors(ConcurrencyGuard.class)
public class ServiceCatalog {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    /** The valid services, by name ("Red › Conectividad" sorts under "Red"). */
    public List<ItService> services() {
        return em.createNamedQuery("ItService.valid", ItService.class).getResultList();
    }

    @RolesAllowed("admin")
    public ItService createService(String name, Long parentId) {
        agents.requireAdmin(agents.current(context));
        String trimmed = ValidationException.requireText("name", name, 200);
        ItService parent = lookup.optionalReference(ItService.class, parentId, "parentId");
        String fullName = parent == null ? trimmed : parent.getName() + " › " + trimmed;
        if (fullName.length() > 200) {
            throw new ValidationException("name", "validation.tooLong");
        }
        if (!em.createQuery("SELECT s FROM ItService s WHERE s.name = :name", ItService.class).setParameter("name", fullName)
                .getResultList().isEmpty()) {
            throw new ValidationException("name", "validation.taken", fullName);
        }
        ItService service = new ItService(fullName, parent);
        em.persist(service);
        return service;
    }
}
