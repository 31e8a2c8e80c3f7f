package org.helpdesk.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.helpdesk.audit.AuditEntry.Action;
import org.helpdesk.shared.BaseEntity;

/**
 * Collects the changes made inside an audited administrator call ({@link AuditTrail}) in its
 * transaction, and writes them to the audit log before the transaction commits, so the log holds
 * exactly what was committed. The fields of audited entities ({@link AuditListener}) are compared
 * automatically; services note what the comparison cannot see (memberships, permissions).
 */
@ApplicationScoped
public class AuditLog {

    private static final String DEPTH = AuditLog.class.getName() + ".depth";
    private static final String LOADED = AuditLog.class.getName() + ".loaded";
    private static final String PENDING = AuditLog.class.getName() + ".pending";

    @Resource
    TransactionSynchronizationRegistry registry;

    @Inject
    Clock clock;

    /** Notes a change the field comparison does not see, such as a permission granted. */
    public void note(BaseEntity entity, String attribute, Object before, Object after) {
        if (recording()) {
            pending(entity).lines.add(Snapshots.line(attribute, before, after));
        }
    }

    /** Starts an audited call; the number of audited calls now open in this transaction, 0 without a transaction. */
    int enter() {
        if (registry.getTransactionKey() == null) {
            return 0;
        }
        int depth = depth() + 1;
        registry.putResource(DEPTH, depth);
        return depth;
    }

    void leave() {
        if (registry.getTransactionKey() != null) {
            registry.putResource(DEPTH, Math.max(0, depth() - 1));
        }
    }

    void loaded(Object entity) {
        if (recording()) {
            loadedStates().put(entity, Snapshots.of(entity));
        }
    }

    void written(Object entity, Action action) {
        if (!recording()) {
            return;
        }
        Map<String, String> after = Snapshots.of(entity);
        Map<String, String> before = action == Action.CREATED ? null : loadedStates().get(entity);
        List<String> lines = action == Action.REMOVED ? List.of() : Snapshots.differences(before, after);
        loadedStates().put(entity, after);
        if (action == Action.CHANGED && lines.isEmpty()) {
            return;
        }
        Pending pending = pending(entity);
        if (pending.action == Action.CHANGED) {
            pending.action = action;
        }
        pending.lines.addAll(lines);
    }

    /** Writes what the audited call changed, as done by {@code actor}. */
    void write(EntityManager em, String actor) {
        Map<Object, Pending> pending = pendingChanges();
        for (Map.Entry<Object, Pending> change : pending.entrySet()) {
            Object entity = change.getKey();
            Long id = entity instanceof BaseEntity base ? base.getId() : null;
            em.persist(new AuditEntry(clock.instant(), actor, entity.getClass().getSimpleName(), id, Snapshots.label(entity),
                    change.getValue().action, String.join("\n", change.getValue().lines)));
        }
        pending.clear();
    }

    private boolean recording() {
        return registry.getTransactionKey() != null && depth() > 0;
    }

    private int depth() {
        Object depth = registry.getResource(DEPTH);
        return depth == null ? 0 : (Integer) depth;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Map<String, String>> loadedStates() {
        Object states = registry.getResource(LOADED);
        if (states == null) {
            states = new IdentityHashMap<Object, Map<String, String>>();
            registry.putResource(LOADED, states);
        }
        return (Map<Object, Map<String, String>>) states;
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Pending> pendingChanges() {
        Object changes = registry.getResource(PENDING);
        if (changes == null) {
            changes = new IdentityHashMap<Object, Pending>();
            registry.putResource(PENDING, changes);
        }
        return (Map<Object, Pending>) changes;
    }

    private Pending pending(Object entity) {
        return pendingChanges().computeIfAbsent(entity, e -> new Pending());
    }

    /** What happened to one object in this call. */
    private static final class Pending {
        Action action = Action.CHANGED;
        final List<String> lines = new ArrayList<>();
    }
}
