package org.helpdesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/** A service level agreement a ticket is measured against. Targets come with the SLA feature. */
@Entity
@Table(name = "sla")
public class Sla extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean valid = true;

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
}
