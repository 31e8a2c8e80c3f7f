package org.helpdesk.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.helpdesk.shared.BaseEntity;

/**
 * One change an administrator made to the desk's configuration: who, when, what, from what to what.
 * Failed logins are entries too: the client address as actor, the login typed as the object.
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends BaseEntity {

    private static final long serialVersionUID = 1L;

    /** What happened to the object; a failed login is recorded too (the login typed, from which address). */
    public enum Action {
        CREATED, CHANGED, REMOVED, LOGIN_FAILED
    }

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "entity_type", nullable = false, length = 100)
    private String entityType;

    @Column(name = "entity_id")
    private Long entityId;

    @Column(name = "entity_label", length = 250)
    private String entityLabel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    /** One line per changed attribute: {@code name: old → new}. */
    @Column(nullable = false)
    private String changes;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, String entityType, Long entityId, String entityLabel, Action action,
            String changes) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.entityType = entityType;
        this.entityId = entityId;
        this.entityLabel = entityLabel == null || entityLabel.length() <= 250 ? entityLabel : entityLabel.substring(0, 250);
        this.action = action;
        this.changes = changes;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public Long getEntityId() {
        return entityId;
    }

    public String getEntityLabel() {
        return entityLabel;
    }

    public Action getAction() {
        return action;
    }

    public String getChanges() {
        return changes;
    }
}
