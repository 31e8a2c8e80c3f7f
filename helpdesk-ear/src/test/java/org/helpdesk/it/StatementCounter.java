package org.helpdesk.it;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.eclipse.persistence.sessions.SessionEventListener;
import org.eclipse.persistence.sessions.server.Server;

/**
 * Counts the SQL statements the persistence unit sends while a piece of test code runs, on the
 * test's own thread only (the server's timers and other requests go on meanwhile and are not
 * counted). A listener on EclipseLink's server session hears every call to the database
 * ({@code preExecuteCall}: once per statement, reads and writes alike); every session a service
 * acquires during the count copies it from there, so the services' own transactions, and lazy
 * loading after them, are counted. The listener is removed afterwards: production code knows
 * nothing of it.
 */
@ApplicationScoped
public class StatementCounter {

    /** What ran and the statements it sent, in order. */
    public record Counted<T>(T result, List<String> statements) {

        public int count() {
            return statements.size();
        }

        /**
         * The same without the statements that reserve a block of new ids (the {@code id_generator}
         * table, every 50 ids): whichever action happens to run out of ids sends them.
         */
        public Counted<T> withoutIdReservation() {
            return new Counted<>(result, statements.stream().filter(s -> !s.contains("id_generator")).toList());
        }

        @Override
        public String toString() {
            return count() + " statements:\n  " + String.join("\n  ", statements);
        }
    }

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    public <T> Counted<T> count(Callable<T> action) throws Exception {
        Thread caller = Thread.currentThread();
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        SessionEventListener listener = new SessionEventAdapter() {
            @Override
            public void preExecuteCall(SessionEvent event) {
                if (Thread.currentThread() == caller) {
                    statements.add(String.valueOf(event.getCall()));
                }
            }
        };
        Server server = em.unwrap(Server.class);
        server.getEventManager().addListener(listener);
        try {
            T result = action.call();
            return new Counted<>(result, List.copyOf(statements));
        } finally {
            server.getEventManager().removeListener(listener);
        }
    }
}
