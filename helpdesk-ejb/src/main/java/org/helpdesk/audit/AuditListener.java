package org.helpdesk.audit;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;

import org.helpdesk.audit.AuditEntry.Action;

/** Tells the {@link AuditLog} what happens to an audited entity: put it on every configuration entity. */
public class AuditListener {

    @PostLoad
    void loaded(Object entity) {
        log().loaded(entity);
    }

    @PostPersist
    void persisted(Object entity) {
        log().written(entity, Action.CREATED);
    }

    @PostUpdate
    void updated(Object entity) {
        log().written(entity, Action.CHANGED);
    }

    @PostRemove
    void removed(Object entity) {
        log().written(entity, Action.REMOVED);
    }

    private AuditLog log;

    private AuditLog log() {
        if (log == null) {
            log = CDI.current().select(AuditLog.class).get();
        }
        return log;
    }
}
