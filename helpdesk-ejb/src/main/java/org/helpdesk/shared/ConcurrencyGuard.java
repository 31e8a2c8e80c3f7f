package org.helpdesk.shared;

import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;

/**
 * Flushes a service method's changes before it returns, inside its transaction, so that a
 * concurrent update shows up as a {@link ConcurrentChangeException} the caller can report,
 * and never as a failed commit or a lost update. Methods that run outside a transaction (which
 * change nothing themselves) are left alone.
 */
public class ConcurrencyGuard {

    @PersistenceContext
    private EntityManager em;

    @AroundInvoke
    public Object flushInside(InvocationContext invocation) throws Exception {
        try {
            Object result = invocation.proceed();
            if (em.isJoinedToTransaction()) {
                em.flush();
            }
            return result;
        } catch (OptimisticLockException e) {
            throw new ConcurrentChangeException();
        }
    }
}
