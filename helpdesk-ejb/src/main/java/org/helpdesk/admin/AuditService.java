package org.helpdesk.admin;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.helpdesk.agent.AgentDirectory;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.shared.Like;
import org.helpdesk.shared.Page;

/** The audit log for administrators: who changed which setting when, newest first. */
@Stateless
@RolesAllowed("admin")
public class AuditService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    /**
     * A page of entries, optionally only for one kind of object ({@code type}, as {@link #types} lists) and those
     * whose actor or object name contains {@code text}.
     */
    public Page<AuditEntry> entries(String type, String text, int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        boolean byType = type != null && !type.isBlank();
        boolean byText = text != null && !text.isBlank();
        String where = " WHERE 1 = 1" + (byType ? " AND e.entityType = :type" : "")
                + (byText ? " AND (" + Like.like("LOWER(e.actor)", "text") + " OR " + Like.like("LOWER(e.entityLabel)", "text") + ")" : "");
        TypedQuery<AuditEntry> rows = em.createQuery("SELECT e FROM AuditEntry e" + where + " ORDER BY e.id DESC", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM AuditEntry e" + where, Long.class);
        for (TypedQuery<?> query : List.of(rows, count)) {
            if (byType) {
                query.setParameter("type", type);
            }
            if (byText) {
                query.setParameter("text", Like.containing(text));
            }
        }
        return new Page<>(rows.setFirstResult(first).setMaxResults(pageSize).getResultList(), count.getSingleResult());
    }

    /** The kinds of objects the log has entries for. */
    public List<String> types() {
        agents.requireAdmin(agents.current(context));
        return em.createQuery("SELECT DISTINCT e.entityType FROM AuditEntry e ORDER BY e.entityType", String.class).getResultList();
    }
}
