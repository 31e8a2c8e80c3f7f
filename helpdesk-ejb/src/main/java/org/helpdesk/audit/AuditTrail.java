package org.helpdesk.audit;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Audits an administrator service: what its methods change in audited entities is written to the
 * audit log, in the same transaction, with the caller's login. Calls nested in an audited call are
 * written once, by the outermost.
 */
public class AuditTrail {

    @Inject
    AuditLog log;

    @PersistenceContext
    EntityManager em;

    @Resource
    EJBContext context;

    @AroundInvoke
    public Object record(InvocationContext invocation) throws Exception {
        int depth = log.enter();
        try {
            Object result = invocation.proceed();
            if (depth == 1) {
                em.flush();
                log.write(em, context.getCallerPrincipal().getName());
            }
            return result;
        } finally {
            if (depth > 0) {
                log.leave();
            }
        }
    }
}
