package org.helpdesk.mail.inbound;

import java.util.ArrayList;
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
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.TicketType;

/** Administration of the PostMaster filters. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class PostmasterFilterService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    public Page<PostmasterFilter> filters(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, PostmasterFilter.class, "PostmasterFilter.all", "PostmasterFilter.count", first, pageSize);
    }

    public PostmasterFilter save(FilterForm form) {
        agents.requireAdmin(agents.current(context));
        String name = ValidationException.requireText("name", form.name(), 200);
        List<ValidationException.FieldError> errors = new ArrayList<>();
        List<FilterMatch> matches = new ArrayList<>();
        List<FilterForm.Condition> conditions = form.conditions() == null ? List.of() : form.conditions();
        for (int i = 0; i < conditions.size(); i++) {
            FilterForm.Condition condition = conditions.get(i);
            boolean headerGiven = condition.header() != null && !condition.header().isBlank();
            boolean patternGiven = condition.pattern() != null && !condition.pattern().isEmpty();
            if (!headerGiven && !patternGiven) {
                continue;
            }
            if (!headerGiven || !condition.header().trim().matches("[A-Za-z0-9-]{1,100}")) {
                errors.add(new ValidationException.FieldError("conditions[" + i + "].header", "validation.header"));
            } else if (!patternGiven || condition.pattern().length() > 500 || !FilterMatch.isValidPattern(condition.pattern())) {
                errors.add(new ValidationException.FieldError("conditions[" + i + "].pattern", "validation.regex"));
            } else {
                matches.add(new FilterMatch(condition.header(), condition.pattern(), condition.negate()));
            }
        }
        if (matches.isEmpty() && errors.isEmpty()) {
            errors.add(new ValidationException.FieldError("conditions", "validation.required"));
        }
        if (form.priority() != null && (form.priority() < 1 || form.priority() > 5)) {
            errors.add(new ValidationException.FieldError("priority", "validation.range", 1, 5));
        }
        if (!form.ignore() && form.queueId() == null && form.priority() == null && form.typeId() == null) {
            errors.add(new ValidationException.FieldError("action", "validation.filterAction"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Queue queue = lookup.optionalReference(Queue.class, form.queueId(), "queueId");
        TicketType type = lookup.optionalReference(TicketType.class, form.typeId(), "typeId");
        PostmasterFilter filter;
        if (form.id() == null) {
            filter = new PostmasterFilter(name);
        } else {
            filter = lookup.require(PostmasterFilter.class, form.id());
            filter.checkVersion(form.version());
        }
        em.createNamedQuery("PostmasterFilter.byName", PostmasterFilter.class).setParameter("name", name).getResultStream()
                .filter(other -> !other.getId().equals(form.id())).findAny().ifPresent(other -> {
                    throw new ValidationException("name", "validation.taken", name);
                });
        filter.define(name, form.position(), matches, form.stop());
        filter.act(queue, form.priority(), type, form.ignore());
        filter.setValid(form.valid());
        if (form.id() == null) {
            em.persist(filter);
        }
        return filter;
    }
}
