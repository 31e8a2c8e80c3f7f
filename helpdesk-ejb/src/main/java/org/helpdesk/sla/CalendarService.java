package org.helpdesk.sla;

import java.time.DateTimeException;
import java.time.ZoneId;

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

/** Administration of business calendars. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class CalendarService {

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

    public Page<ServiceCalendar> calendars(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.page(em, ServiceCalendar.class, "ServiceCalendar.all", "ServiceCalendar.count", first, pageSize);
    }

    /**
     * Creates ({@code id} null) or changes a calendar. Working hours and holidays are in the text form
     * of {@link CalendarSpec}; what cannot be read is named in the validation message.
     */
    public ServiceCalendar save(CalendarForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        Long id = form.id();
        String holidays = form.holidays();
        String cleanName = form.name().trim();
        String zone = form.timeZone().trim();
        String hours = form.workingHours().trim();
        try {
            ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", "validation.timeZone", zone);
        }
        try {
            CalendarSpec.workingHours(hours);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("workingHours", "validation.workingHours", e.getMessage());
        }
        try {
            CalendarSpec.holidays(holidays);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("holidays", "validation.holiday", e.getMessage());
        }
        ServiceCalendar calendar;
        try {
            if (id == null) {
                calendar = new ServiceCalendar(cleanName, zone, hours, holidays);
            } else {
                calendar = lookup.require(ServiceCalendar.class, id);
                calendar.checkVersion(form.version());
                calendar.define(cleanName, zone, hours, holidays);
            }
        } catch (IllegalArgumentException e) {
            // hours that leave no working time at all, or overlapping periods
            throw new ValidationException("workingHours", "validation.workingHours", e.getMessage());
        }
        em.createNamedQuery("ServiceCalendar.byName", ServiceCalendar.class).setParameter("name", cleanName).getResultStream()
                .filter(other -> !other.getId().equals(id)).findAny().ifPresent(other -> {
                    throw new ValidationException("name", "validation.taken", cleanName);
                });
        calendar.setValid(form.valid());
        if (id == null) {
            em.persist(calendar);
        }
        return calendar;
    }
}
