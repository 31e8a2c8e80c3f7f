package org.helpdesk.field;

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
import org.helpdesk.agent.Permission;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;

/** Dynamic fields: administrators define them; agents and customers fill them in where they show. */
@Stateless
@RolesAllowed("admin")
@Interceptors(ConcurrencyGuard.class)
public class DynamicFieldService {

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

    @Inject
    FieldDefinitions definitions;

    /** A page of all fields, valid or not, in the administrator's order. */
    public Page<DynamicField> fields(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.all(em, DynamicField.class, "e.position, e.name", first, pageSize);
    }

    /** Creates ({@code id} null) or changes a field; name and type of an existing field stay as they are. */
    @Interceptors(AuditTrail.class)
    public DynamicField save(DynamicFieldForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        if (form.type().hasOptions() && form.optionList().isEmpty()) {
            throw new ValidationException("options", "validation.options");
        }
        if (form.optionList().stream().anyMatch(o -> o.length() > DynamicField.LONGEST_TEXT)) {
            throw new ValidationException("options", "validation.tooLong");
        }
        DynamicField field;
        if (form.isNew()) {
            if (!em.createQuery("SELECT f FROM DynamicField f WHERE LOWER(f.name) = :name", DynamicField.class)
                    .setParameter("name", form.name().toLowerCase()).getResultList().isEmpty()) {
                throw new ValidationException("name", "validation.taken", form.name());
            }
            field = new DynamicField(form.name(), form.type());
            field.change(form);
            em.persist(field);
        } else {
            field = lookup.require(DynamicField.class, form.id());
            field.checkVersion(form.version());
            if (!field.getName().equals(form.name()) || field.getType() != form.type()) {
                throw new ValidationException("type", "validation.fieldFixed");
            }
            field.change(form);
        }
        return field;
    }

    /** The valid fields of a screen, in order; customers only get those of their new-ticket form. */
    @RolesAllowed({"agent", "customer"})
    public List<DynamicField> shown(Screen screen) {
        if (context.isCallerInRole("customer") && !context.isCallerInRole("agent") && screen != Screen.CUSTOMER_NEW) {
            throw new ValidationException("screen", "validation.unknown", screen);
        }
        return definitions.shown(screen);
    }
}
