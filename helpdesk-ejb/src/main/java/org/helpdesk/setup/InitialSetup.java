package org.helpdesk.setup;

import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;
import org.helpdesk.auth.PasswordHash;

/**
 * On a fresh database (no agent yet) creates the first administrator, with rw on every group and
 * every queue as one of "my queues".
 * The login is {@code HELPDESK_ADMIN_LOGIN} (default {@code admin}); the password is
 * {@code HELPDESK_ADMIN_PASSWORD}, or generated and written to the log this one time; a generated
 * password must be changed at the first login.
 * The states, types, groups and queues of a new desk come with the schema migrations.
 */
@Startup
@Singleton
@DependsOn("Migrations")
public class InitialSetup {

    private static final Logger LOG = Logger.getLogger(InitialSetup.class.getName());

    @PersistenceContext
    EntityManager em;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void createFirstAdministrator() {
        if (em.createNamedQuery("Agent.count", Long.class).getSingleResult() > 0) {
            return;
        }
        String login = env("HELPDESK_ADMIN_LOGIN", "admin");
        FirstAdministrator first = firstAdministrator(login, System.getenv("HELPDESK_ADMIN_PASSWORD"),
                em.createQuery("SELECT g FROM AgentGroup g", AgentGroup.class).getResultList());
        first.agent().chooseMyQueues(Set.copyOf(em.createQuery("SELECT q.id FROM Queue q", Long.class).getResultList()));
        em.persist(first.agent());

        String shown = first.generated() ? first.password() + "   (generated: you must change it at the first login)"
                : "(from HELPDESK_ADMIN_PASSWORD)";
        LOG.warning(() -> String.join(System.lineSeparator(), "",
                "==================================================================",
                " Helpdesk: first administrator created",
                "   login:    " + login,
                "   password: " + shown,
                " This is shown only once.",
                "=================================================================="));
    }

    /**
     * The first administrator, with rw on every group: the password is {@code given}, or generated
     * when none is given, and then must be changed at the first login.
     */
    static FirstAdministrator firstAdministrator(String login, String given, List<AgentGroup> groups) {
        boolean generated = given == null || given.isBlank();
        String password = generated ? PasswordHash.randomPassword(16) : given;
        Agent admin = new Agent(login, "Admin", "Helpdesk", null);
        admin.getAccount().setPassword(password.toCharArray());
        if (generated) {
            admin.requirePasswordChange();
        }
        for (AgentGroup group : groups) {
            admin.grant(group, Permission.RW);
        }
        return new FirstAdministrator(admin, password, generated);
    }

    /** The administrator made on a fresh database and the password to show once. */
    record FirstAdministrator(Agent agent, String password, boolean generated) {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
