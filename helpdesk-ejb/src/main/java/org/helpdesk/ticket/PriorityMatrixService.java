package org.helpdesk.ticket;

import java.util.Comparator;
import java.util.List;

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
import org.helpdesk.shared.ConcurrencyGuard;

/** Administration of the ITIL impact × urgency matrix that gives new tickets their priority. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
public class PriorityMatrixService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    /** The nine cells, high impact and high urgency first. */
    public List<PriorityMatrixCell> matrix() {
        agents.requireAdmin(agents.current(context));
        return em.createNamedQuery("PriorityMatrixCell.all", PriorityMatrixCell.class).getResultStream()
                .sorted(Comparator.comparing(PriorityMatrixCell::getImpact).thenComparing(PriorityMatrixCell::getUrgency).reversed())
                .toList();
    }

    public PriorityMatrixCell setPriority(Level impact, Level urgency, int priority) {
        agents.requireAdmin(agents.current(context));
        PriorityMatrixCell cell = em.createNamedQuery("PriorityMatrixCell.of", PriorityMatrixCell.class)
                .setParameter("impact", impact).setParameter("urgency", urgency).getSingleResult();
        cell.setPriority(priority);
        return cell;
    }
}
