package org.helpdesk.it;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentForm;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.agent.GroupForm;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.NewCustomerUser;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.search.TextAnalyzer;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewTicket;

/**
 * Test data created through the real services, as the first administrator would (and, for the
 * few states no service sets, in the database directly). Names are unique per call, so tests
 * never depend on each other or on an empty database.
 */
@ApplicationScoped
public class Fixtures {

    /** Seeded by the fresh-install migration. */
    public static final long ADMIN_GROUP = 1;
    public static final long SUPPORT_GROUP = 3;
    public static final long CONSULTING_GROUP = 4;
    public static final long STATS_GROUP = 5;
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

    /** Client addresses for logins called on the service directly: each test its own, so throttling stays with it. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16));

    @EJB
    AgentService agents;

    @EJB
    QueueService queues;

    @EJB
    CustomerService customers;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An address of its own in 198.18.0.0/15 (for tests) that no other call of this run gets. */
    public static String clientAddress() {
        int n = ADDRESSES.incrementAndGet() & 0x1FFFF;
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
    }

    /** Marks an agent as one whose password was generated, as the first administrator's is on a fresh install. */
    @Transactional
    public void requirePasswordChange(long agentId) {
        em.find(Agent.class, agentId).requirePasswordChange();
    }

    /** Lets the confirmation links of a registration expire, as 48 hours would. */
    @Transactional
    public void expireActivationLinks(String login) {
        em.createNativeQuery("UPDATE customer_token SET expires_at = ? WHERE customer_id IN "
                + "(SELECT id FROM customer_user WHERE login = ?)")
                .setParameter(1, Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC).minusMinutes(1)))
                .setParameter(2, login).executeUpdate();
    }

    /** Removes the ticket from the full-text index, as if it had been written before the index existed. */
    @Transactional
    public void forgetSearchIndex(long ticketId) {
        em.createNativeQuery("DELETE FROM ticket_search WHERE ticket_id = ?").setParameter(1, ticketId).executeUpdate();
    }

    /** Marks the ticket's full-text index entry as written by the analyzer before the current one. */
    @Transactional
    public void olderSearchIndex(long ticketId) {
        em.createNativeQuery("UPDATE ticket_search SET analyzer_version = ? WHERE ticket_id = ?")
                .setParameter(1, TextAnalyzer.VERSION - 1).setParameter(2, ticketId).executeUpdate();
    }

    /** The analyzer version of the ticket's full-text index entry. */
    public int searchIndexVersion(long ticketId) {
        return ((Number) em.createNativeQuery("SELECT analyzer_version FROM ticket_search WHERE ticket_id = ?")
                .setParameter(1, ticketId).getSingleResult()).intValue();
    }

    /** A new agent holding the given permissions per group id, with the password {@code password-<login>}. */
    public Agent agent(String prefix, Map<Long, Set<Permission>> permissions) {
        String login = unique(prefix);
        return As.admin(ADMIN, () -> agents.saveAgent(new AgentForm(null, 0, login, "Agente", prefix, login + "@desk.example", "es",
                "America/Lima", "password-" + login, true), Set.of(), permissions));
    }

    /** A new group, without comment. */
    public AgentGroup group(String prefix) {
        return As.admin(ADMIN, () -> agents.saveGroup(new GroupForm(null, 0, unique(prefix), null, true)));
    }

    /** A new first-level queue of the group, as the queue screen's defaults make it apart from the follow-up policy. */
    public Queue queue(String name, long groupId, FollowUpPolicy followUpPolicy) {
        return As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, name, groupId, 1, followUpPolicy,
                UnknownSenderPolicy.NEW_TICKET, null, null, false, null, true)));
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
