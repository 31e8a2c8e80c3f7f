package org.helpdesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/** A service level agreement a ticket is measured against: its targets and calendar win over the queue's. */
@Entity
@Table(name = "sla")
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
