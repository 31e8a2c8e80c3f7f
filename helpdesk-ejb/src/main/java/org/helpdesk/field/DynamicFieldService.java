package org.helpdesk.field;

import java.util.List;
import java.util.Map;

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
import org.helpdesk.ticket.Ticket;

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
    FieldValues values;

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
        if (form.optionList().stream().anyMatch(o -> o.length() > FieldValue.LONGEST_TEXT)) {
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
        return values.shown(screen);
    }

    /** The ticket's values, by field, for an agent who may see the ticket. */
    @RolesAllowed("agent")
    public Map<DynamicField, List<FieldValue>> values(long ticketId) {
        Agent agent = agents.current(context);
        Ticket ticket = lookup.require(Ticket.class, ticketId);
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RO, "Ticket", ticketId);
        return values.of(ticket);
    }

    /** The ticket's values as form input, for the zoom's edit form. */
    @RolesAllowed("agent")
    public Map<Long, List<String>> input(long ticketId) {
        Agent agent = agents.current(context);
        Ticket ticket = lookup.require(Ticket.class, ticketId);
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RO, "Ticket", ticketId);
        return values.input(ticket);
    }

    /** Replaces the values of the zoom's fields on a ticket, for an agent with rw on its queue. */
    @RolesAllowed("agent")
    public void change(long ticketId, Map<Long, List<String>> input) {
        Agent agent = agents.current(context);
        Ticket ticket = lookup.require(Ticket.class, ticketId);
        agents.requireOrNotFound(agent, ticket.getQueue(), Permission.RW, "Ticket", ticketId);
        values.replace(ticket, values.check(Screen.ZOOM, input));
    }
}
