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

    private static final int LONGEST_BODY = 20_000;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

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

    /** Creates ({@code id} null) or changes a signature or canned response. */
    public <T extends NamedText> T save(Class<T> kind, Long id, long version, String name, String body, boolean valid) {
        agents.requireAdmin(agents.current(context));
        String trimmed = ValidationException.requireText("name", name, 200);
        String text = ValidationException.requireText("body", body, LONGEST_BODY);
        if (em.createQuery("SELECT t FROM " + kind.getSimpleName() + " t WHERE t.name = :name", kind).setParameter("name", trimmed)
                .getResultStream().anyMatch(other -> !other.getId().equals(id))) {
            throw new ValidationException("name", "validation.taken", trimmed);
        }
        T saved;
        if (id == null) {
            try {
                saved = kind.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalArgumentException(kind.getName(), e);
            }
            saved.change(trimmed, text, valid);
            em.persist(saved);
        } else {
            saved = lookup.require(kind, id);
            saved.checkVersion(version);
            saved.change(trimmed, text, valid);
        }
        return saved;
    }
}
