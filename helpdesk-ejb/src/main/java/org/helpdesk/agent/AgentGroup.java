package org.helpdesk.agent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** A group of queues that permissions are granted on (OTRS's groups). */
@EntityListeners(AuditListener.class)
@Entity(name = "AgentGroup")
@Table(name = "agent_group")
@NamedQuery(name = "AgentGroup.byName", query = "SELECT g FROM AgentGroup g WHERE g.name = :name")
public class AgentGroup extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** The group whose rw permission makes an agent an administrator, as in OTRS. */
    public static final String ADMIN = "admin";
    /** Managers, as in OTRS: ro shows the reports, rw also starts and schedules them. */
    public static final String STATS = "stats";

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(length = 250)
    private String comments;

    @Column(nullable = false)
    private boolean valid = true;

    protected AgentGroup() {
    }

    public AgentGroup(String name) {
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }
}
