package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentForm;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.agent.Permission;
import org.helpdesk.agent.ProfileService;
import org.helpdesk.agent.Role;
import org.helpdesk.agent.RoleForm;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.NewCustomerUser;
import org.helpdesk.login.AuthenticationService;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.shared.ConcurrentChangeException;
import org.helpdesk.shared.NotFoundException;
import org.helpdesk.shared.PermissionDeniedException;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketType;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Agents, groups, roles, queues and customers as the administrator sets them up. */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    AgentService agents;

    @EJB
    QueueService queues;

    @EJB
    CustomerService customers;

    @EJB
    TicketCatalog catalog;

    @EJB
    ProfileService profile;

    @EJB
    AuthenticationService authentication;

    @Inject
    Fixtures fixtures;

    @Test
    void onlyAdministratorsAdministrate() {
        Agent plain = fixtures.agent("plain", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        AgentForm form = newAgent(Fixtures.unique("new"), "Nuevo", null, "password-123");
        assertThrows(EJBAccessException.class, () -> As.agent(plain.getLogin(), () -> agents.saveAgent(form, Set.of(), Map.of())));
        // even with the admin role in the session, the stored permissions decide
        assertThrows(PermissionDeniedException.class,
                () -> As.admin(plain.getLogin(), () -> agents.saveAgent(form, Set.of(), Map.of())));
    }

    @Test
    void agentInputIsValidated() {
        String login = Fixtures.unique("dup");
        As.admin(ADMIN, () -> agents.saveAgent(newAgent(login, "Ana", "ana@desk.example", "password-123"), Set.of(), Map.of()));
        ValidationException taken = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> agents.saveAgent(newAgent(login, "Ana", "ana@desk.example", "password-123"), Set.of(), Map.of())));
        assertTrue(taken.hasErrorOn("login"));
        ValidationException bad = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> agents.saveAgent(newAgent("con espacio", "", "no-es-correo", "password-123"), Set.of(), Map.of())));
        assertTrue(bad.hasErrorOn("login"));
        assertTrue(bad.hasErrorOn("firstName"));
        assertTrue(bad.hasErrorOn("email"));
        // the password policy is checked once the form's fields are valid
        ValidationException shortPassword = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> agents.saveAgent(newAgent(Fixtures.unique("corta"), "Ana", null, "corta"), Set.of(), Map.of())));
        assertTrue(shortPassword.hasErrorOn("password"));
    }

    @Test
    void permissionsThroughGroupsAndRolesDecideWhichQueuesAnAgentSees() {
        AgentGroup group = fixtures.group("redes");
        Queue queue = fixtures.queue(Fixtures.unique("Redes"), group.getId(), FollowUpPolicy.REJECT);
        Agent agent = fixtures.agent("redes", Map.of());
        assertFalse(As.agent(agent.getLogin(), () -> queues.queuesWith(Permission.RO)).contains(queue));

        Role role = As.admin(ADMIN, () -> agents.saveRole(new RoleForm(null, 0, Fixtures.unique("rol"), true),
                Map.of(group.getId(), Set.of(Permission.RO))));
        Agent stored = As.admin(ADMIN, () -> agents.agent(agent.getId()));
        As.admin(ADMIN, () -> agents.saveAgent(AgentForm.of(stored), Set.of(role.getId()), Map.of()));
        assertTrue(As.agent(agent.getLogin(), () -> queues.queuesWith(Permission.RO)).contains(queue));
        assertFalse(As.agent(agent.getLogin(), () -> queues.queuesWith(Permission.CREATE)).contains(queue));
        assertEquals(FollowUpPolicy.REJECT, As.agent(agent.getLogin(), () -> queues.byName(queue.getName())).getFollowUpPolicy());
    }

    @Test
    void queueInputIsValidated() {
        ValidationException unknownGroup = assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> queues.saveQueue(newQueue(Fixtures.unique("q"), 987_654_321L))));
        assertTrue(unknownGroup.hasErrorOn("groupId"));
        ValidationException taken = assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> queues.saveQueue(newQueue("Soporte Técnico (N1)", SUPPORT_GROUP))));
        assertTrue(taken.hasErrorOn("name"));
    }

    @Test
    void invalidatingAnAgentNeedsTheCurrentVersion() {
        Agent agent = fixtures.agent("old", Map.of(SUPPORT_GROUP, Set.of(Permission.RO)));
        Agent invalid = As.admin(ADMIN, () -> agents.saveAgent(edit(agent, null, false), Set.of(), Map.of()));
        assertFalse(invalid.isValid());
        assertThrows(ConcurrentChangeException.class,
                () -> As.admin(ADMIN, () -> agents.saveAgent(edit(agent, null, true), Set.of(), Map.of())));
        // an invalid agent can no longer work
        assertThrows(PermissionDeniedException.class, () -> As.agent(agent.getLogin(), () -> queues.queuesWith(Permission.RO)));
    }

    @Test
    void resetPasswordReplacesTheOldOne() {
        Agent agent = fixtures.agent("pw", Map.of());
        As.admin(ADMIN, () -> agents.saveAgent(edit(agent, "brand-new-password", true), Set.of(), Map.of()));
        assertTrue(authentication.authenticateAgent(agent.getLogin(), "brand-new-password".toCharArray(), Fixtures.clientAddress()).success());
        assertFalse(authentication.authenticateAgent(agent.getLogin(), ("password-" + agent.getLogin()).toCharArray(),
                Fixtures.clientAddress()).success());
        Agent changed = As.admin(ADMIN, () -> agents.agent(agent.getId()));
        ValidationException tooShort = assertThrows(ValidationException.class,
                () -> As.admin(ADMIN, () -> agents.saveAgent(edit(changed, "short", true), Set.of(), Map.of())));
        assertTrue(tooShort.hasErrorOn("password"));
    }

    @Test
    void catalogListsTheSeededStatesAndTypes() {
        List<String> states = As.agent(ADMIN, () -> catalog.states()).stream().map(TicketState::getName).toList();
        assertTrue(states.containsAll(List.of("new", "open", "closed successful", "merged")), states.toString());
        List<String> types = As.customer("anyone", () -> catalog.types()).stream().map(TicketType::getName).toList();
        assertTrue(types.containsAll(List.of("Incident", "Major incident", "Problem", "Service request")), types.toString());
        assertEquals(StateType.PENDING_REMINDER, As.agent(ADMIN, () -> catalog.state("pending reminder")).getType());
        assertThrows(NotFoundException.class, () -> As.agent(ADMIN, () -> catalog.type("no such type")));
    }

    @Test
    void agentsLookUpCustomers() {
        CustomerUser customer = fixtures.customer();
        assertEquals(customer.getLogin(), As.agent(ADMIN, () -> customers.get(customer.getId())).getLogin());
        assertThrows(NotFoundException.class, () -> As.agent(ADMIN, () -> customers.get(987_654_321L)));
        assertThrows(EJBAccessException.class, () -> As.customer(customer.getLogin(), () -> customers.get(customer.getId())));
    }

    @Test
    void agentsKeepTheirLanguage() {
        Agent agent = fixtures.agent("lang", Map.of());
        assertEquals("es", As.agent(agent.getLogin(), () -> profile.language()));
        As.agent(agent.getLogin(), () -> {
            profile.changeLanguage("en");
            return null;
        });
        assertEquals("en", As.agent(agent.getLogin(), () -> profile.language()));
        assertEquals("en", authentication.authenticateAgent(agent.getLogin(), ("password-" + agent.getLogin()).toCharArray(),
                Fixtures.clientAddress()).language());
        ValidationException unknown = assertThrows(ValidationException.class, () -> As.agent(agent.getLogin(), () -> {
            profile.changeLanguage("fr");
            return null;
        }));
        assertTrue(unknown.hasErrorOn("language"));
    }

    @Test
    void customerInputIsValidated() {
        ValidationException bad = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> customers.createCustomer(new NewCustomerUser("", "no-es-correo", "Lucía", "Ramos", null, null))));
        assertTrue(bad.hasErrorOn("login"));
        assertTrue(bad.hasErrorOn("email"));
        ValidationException unknownCompany = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> customers.createCustomer(new NewCustomerUser(Fixtures.unique("c"), "c@acme.example", "Lucía", "Ramos",
                        987_654_321L, null))));
        assertTrue(unknownCompany.hasErrorOn("companyId"));
    }

    private static AgentForm newAgent(String login, String firstName, String email, String password) {
        return new AgentForm(null, 0, login, firstName, "Quispe", email, "es", "America/Lima", password, true);
    }

    /** The agent as the agent screen shows it, with a new password (null: kept) and valid or not. */
    private static AgentForm edit(Agent agent, String password, boolean valid) {
        return new AgentForm(agent.getId(), agent.getVersion(), agent.getLogin(), agent.getFirstName(), agent.getLastName(),
                agent.getEmail(), agent.getLanguage(), agent.getTimeZone(), password, valid);
    }

    private static QueueForm newQueue(String name, long groupId) {
        return new QueueForm(null, 0, name, groupId, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, false,
                null, true);
    }
}
