package org.helpdesk.mail.outbound;

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
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Messages;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;

/** Administration of the auto-responses: one text per queue, occasion and language. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class AutoResponseService {

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

    public Page<AutoResponse> responses(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, AutoResponse.class, "AutoResponse.all", "AutoResponse.count", first, pageSize);
    }

    /** The auto-responses of one queue (valid or not), by occasion and language. */
    public List<AutoResponse> ofQueue(long queueId) {
        agents.requireAdmin(agents.current(context));
        return em.createNamedQuery("AutoResponse.ofQueue", AutoResponse.class).setParameter("queue", queueId).getResultList();
    }

    /** Creates ({@code id} null) or changes an auto-response. */
    public AutoResponse save(AutoResponseForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        Long id = form.id();
        Long queueId = form.queueId();
        AutoResponseKind kind = form.kind();
        String language = form.language();
        if (language == null || Messages.SUPPORTED_LOCALES.stream().noneMatch(l -> l.getLanguage().equals(language))) {
            throw new ValidationException("language", "validation.unknown", language);
        }
        String cleanSubject = form.subject().trim();
        String cleanBody = form.body().trim();
        Queue queue = lookup.reference(Queue.class, queueId, "queueId");
        AutoResponse response;
        if (id == null) {
            response = new AutoResponse(queue, kind, language, cleanSubject, cleanBody);
        } else {
            response = lookup.require(AutoResponse.class, id);
            response.checkVersion(form.version());
            response.define(queue, kind, language, cleanSubject, cleanBody);
        }
        em.createNamedQuery("AutoResponse.same", AutoResponse.class).setParameter("queue", queueId).setParameter("kind", kind)
                .setParameter("language", language).getResultStream().filter(other -> !other.getId().equals(id)).findAny()
                .ifPresent(other -> {
                    throw new ValidationException("queueId", "validation.autoResponseExists");
                });
        response.setValid(form.valid());
        if (id == null) {
            em.persist(response);
        }
        return response;
    }
}
