package org.helpdesk.template;

import java.util.List;

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
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;

/** Signatures and canned responses: administrators write them, agents start their answers with them. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class TemplateService {

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

    /** A page of signatures or canned responses ({@code kind}), valid or not, by name. */
    public <T extends NamedText> Page<T> list(Class<T> kind, int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.all(em, kind, "e.name", first, pageSize);
    }

    /** The valid ones of a kind, by name: a choice list. */
    @RolesAllowed("agent")
    public <T extends NamedText> List<T> valid(Class<T> kind) {
        agents.current(context);
        return em.createQuery("SELECT t FROM " + kind.getSimpleName() + " t WHERE t.valid = TRUE ORDER BY t.name", kind)
                .getResultList();
    }

    /** Creates ({@code id} null) or changes a signature or canned response ({@code kind}). */
    public <T extends NamedText> T save(Class<T> kind, NamedTextForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        String trimmed = form.name().trim();
        String text = form.body().trim();
        if (em.createQuery("SELECT t FROM " + kind.getSimpleName() + " t WHERE t.name = :name", kind).setParameter("name", trimmed)
                .getResultStream().anyMatch(other -> !other.getId().equals(form.id()))) {
            throw new ValidationException("name", "validation.taken", trimmed);
        }
        T saved;
        if (form.isNew()) {
            try {
                saved = kind.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(kind.getName(), e);
            }
            saved.change(trimmed, text, form.valid());
            em.persist(saved);
        } else {
            saved = lookup.require(kind, form.id());
            saved.checkVersion(form.version());
            saved.change(trimmed, text, form.valid());
        }
        return saved;
    }
}
