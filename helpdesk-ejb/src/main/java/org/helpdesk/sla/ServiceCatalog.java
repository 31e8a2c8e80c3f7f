package org.helpdesk.sla;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
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

    @Inject
    BeanValidation validation;

    /** The valid services, by name ("Red › Conectividad" sorts under "Red"). */
    public List<ItService> services() {
        return em.createNamedQuery("ItService.valid", ItService.class).getResultList();
    }

    /** The SLA a ticket of this service gets when none is chosen: its only valid SLA, if it has exactly one. */
    public Optional<Sla> defaultSla(ItService service) {
        List<Sla> slas = em.createNamedQuery("Sla.ofService", Sla.class).setParameter("service", service).getResultList();
        return slas.size() == 1 ? Optional.of(slas.get(0)) : Optional.empty();
    }

    @RolesAllowed("admin")
    @Interceptors(AuditTrail.class)
    public Page<Sla> slas(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, Sla.class, "Sla.all", "Sla.count", first, pageSize);
    }

    /**
     * Creates ({@code id} null) or changes an SLA: its calendar and targets (see
     * {@link ServiceTargets#of}), which win over the queue's, and the services it applies to.
     */
    @RolesAllowed("admin")
    @Interceptors(AuditTrail.class)
    public Sla saveSla(SlaForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        Long id = form.id();
        String trimmed = form.name().trim();
        Sla sla;
        if (id == null) {
            sla = new Sla(trimmed);
        } else {
            sla = lookup.require(Sla.class, id);
            sla.checkVersion(form.version());
            sla.rename(trimmed);
        }
        em.createNamedQuery("Sla.byName", Sla.class).setParameter("name", trimmed).getResultStream()
                .filter(other -> !other.getId().equals(id)).findAny().ifPresent(other -> {
                    throw new ValidationException("name", "validation.taken", trimmed);
                });
        sla.setEscalation(lookup.optionalReference(ServiceCalendar.class, form.calendarId(), "calendarId"), form.targets());
        Set<ItService> services = new HashSet<>();
        for (Long serviceId : form.serviceIds() == null ? Set.<Long>of() : form.serviceIds()) {
            services.add(lookup.reference(ItService.class, serviceId, "serviceIds"));
        }
        sla.applyTo(services);
        sla.setValid(form.valid());
        if (id == null) {
            em.persist(sla);
        }
        return sla;
    }

    @RolesAllowed("admin")
    @Interceptors(AuditTrail.class)
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
