package org.helpdesk.sla;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** An IT service that incidents are classified under (OTRS's services), e.g. "Red › Conectividad". */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "it_service")
@NamedQuery(name = "ItService.valid", query = "SELECT s FROM ItService s WHERE s.valid = TRUE ORDER BY s.name")
public class ItService extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private ItService parent;

    @Column(nullable = false)
    private boolean valid = true;

    protected ItService() {
    }

    public ItService(String name, ItService parent) {
        this.name = name;
        this.parent = parent;
    }

    /** The administrator's edit. */
    public void change(String name, boolean valid) {
        this.name = name;
        this.valid = valid;
    }

    public String getName() {
        return name;
    }

    public ItService getParent() {
        return parent;
    }

    public boolean isValid() {
        return valid;
    }
}
