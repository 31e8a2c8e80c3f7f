package org.helpdesk.it;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentService;
import org.helpdesk.agent.NewAgent;
import org.helpdesk.agent.Permission;
import org.helpdesk.article.NewArticle;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.NewCustomerUser;
import org.helpdesk.ticket.NewTicket;

/**
 * Test data created through the real services, as the first administrator would. Names are
 * unique per call, so tests never depend on each other or on an empty database.
 */
@ApplicationScoped
public class Fixtures {

    /** Seeded by the fresh-install migration. */
    public static final long ADMIN_GROUP = 1;
    public static final long SUPPORT_GROUP = 3;
    public static final long CONSULTING_GROUP = 4;
    public static final long QUEUE_N1 = 1;
    public static final long QUEUE_N2 = 2;
    public static final long STATE_NEW = 1;
    public static final long STATE_OPEN = 2;
    public static final long STATE_PENDING_REMINDER = 3;
    public static final long STATE_CLOSED_SUCCESSFUL = 6;
    public static final long STATE_MERGED = 8;
    public static final long TYPE_INCIDENT = 1;
    public static final long TYPE_PROBLEM = 3;
    public static final String ADMIN = "admin";

    @EJB
    AgentService agents;

    @EJB
    CustomerService customers;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new agent holding the given permissions per group id. */
    public Agent agent(String prefix, Map<Long, Set<Permission>> permissions) {
        return As.admin(ADMIN, () -> {
            String login = unique(prefix);
            Agent agent = agents.createAgent(new NewAgent(login, "Agente", prefix, login + "@desk.example", "password-" + login));
            for (Map.Entry<Long, Set<Permission>> grant : permissions.entrySet()) {
                agent = agents.setPermissions(agent.getId(), grant.getKey(), grant.getValue());
            }
            return agent;
        });
    }

    public CustomerUser customer() {
        return As.admin(ADMIN, () -> {
            CustomerCompany company = customers.createCompany(unique("ACME"), "Acme Perú S.A.C.");
            String login = unique("cliente");
            return customers.createCustomer(new NewCustomerUser(login, login + "@acme.example", "Lucía", "Ramos",
                    company.getId(), "password-" + login));
        });
    }

    public static NewTicket phoneTicket(long queueId, long customerId, int priority) {
        return new NewTicket("No hay conexión a internet", queueId, null, priority, TYPE_INCIDENT, customerId, null, null,
                NewArticle.phoneFromCustomer("No hay conexión a internet", "Desde las 9:00 la oficina no tiene internet."));
    }
}
