package org.helpdesk.sla;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** A service level agreement a ticket is measured against: its targets and calendar win over the queue's. */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "sla")
@NamedQuery(name = "Sla.all", query = "SELECT s FROM Sla s ORDER BY s.name")
@NamedQuery(name = "Sla.count", query = "SELECT COUNT(s) FROM Sla s")
@NamedQuery(name = "Sla.byName", query = "SELECT s FROM Sla s WHERE s.name = :name")
@NamedQuery(name = "Sla.ofService", query = "SELECT s FROM Sla s JOIN s.services v WHERE v = :service AND s.valid = TRUE")
public class Sla extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean valid = true;

    @ManyToOne
    @JoinColumn(name = "calendar_id")
    private ServiceCalendar calendar;

    @Embedded
    private ServiceTargets targets = new ServiceTargets(null, null, null, 80);

    /** The services this SLA applies to. */
    @ManyToMany
    @JoinTable(name = "sla_service", joinColumns = @JoinColumn(name = "sla_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ItService> services = new HashSet<>();

    protected Sla() {
    }

    public Sla(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }

    public void rename(String name) {
        this.name = name;
    }

    public Set<ItService> getServices() {
        return Set.copyOf(services);
    }

    public void applyTo(Set<ItService> services) {
        this.services.clear();
        this.services.addAll(services);
    }

    public ServiceCalendar getCalendar() {
        return calendar;
    }

    public ServiceTargets getTargets() {
        return targets == null ? new ServiceTargets(null, null, null, 80) : targets;
    }

    /** Sets the SLA's escalation targets; they win over the queue's. */
    public void setEscalation(ServiceCalendar calendar, ServiceTargets targets) {
        this.calendar = calendar;
        this.targets = targets;
    }
}
