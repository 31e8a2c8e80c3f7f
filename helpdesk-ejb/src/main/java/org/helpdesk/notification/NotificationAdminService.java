package org.helpdesk.notification;

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
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.TicketCondition;

/** Administration of the event notifications. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class NotificationAdminService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    public Page<Notification> notifications(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, Notification.class, "Notification.all", "Notification.count", first, pageSize);
    }

    /** Creates ({@code form.id()} null) or changes a notification. */
    public Notification save(NotificationForm form) {
        agents.requireAdmin(agents.current(context));
        String name = ValidationException.requireText("name", form.name(), 200);
        if (form.events() == null || form.events().isEmpty()) {
            throw new ValidationException("events", "validation.required");
        }
        if (form.recipients() == null || form.recipients().isEmpty()) {
            throw new ValidationException("recipients", "validation.required");
        }
        if (form.recipients().contains(Recipient.GROUP) && form.groupId() == null) {
            throw new ValidationException("groupId", "validation.required");
        }
        form.condition().validate();
        String subjectEs = ValidationException.requireText("subjectEs", form.subjectEs(), 500);
        String bodyEs = ValidationException.requireText("bodyEs", form.bodyEs(), 100_000);
        String subjectEn = ValidationException.requireText("subjectEn", form.subjectEn(), 500);
        String bodyEn = ValidationException.requireText("bodyEn", form.bodyEn(), 100_000);
        AgentGroup group = lookup.optionalReference(AgentGroup.class, form.groupId(), "groupId");
        TicketCondition condition = form.condition().resolve(lookup);
        Notification notification;
        if (form.id() == null) {
            notification = new Notification(name);
        } else {
            notification = lookup.require(Notification.class, form.id());
            notification.checkVersion(form.version());
        }
        em.createNamedQuery("Notification.byName", Notification.class).setParameter("name", name).getResultStream()
                .filter(other -> !other.getId().equals(form.id())).findAny().ifPresent(other -> {
                    throw new ValidationException("name", "validation.taken", name);
                });
        notification.define(name, Set.copyOf(form.events()), Set.copyOf(form.recipients()), group, form.optional(),
                form.sendMail());
        notification.filter(condition);
        notification.texts(subjectEs, bodyEs, subjectEn, bodyEn);
        notification.setValid(form.valid());
        if (form.id() == null) {
            em.persist(notification);
        }
        return notification;
    }
}
