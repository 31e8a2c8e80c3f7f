package org.helpdesk.agent;

import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.ValidationException;

/** Administration of agents, groups, roles and their group permissions. Only for administrators. */
@Stateless
@RolesAllowed("admin")
@Interceptors(ConcurrencyGuard.class)
public class AgentService {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    AgentDirectory agents;

    @Inject
    Lookup lookup;

    @Inject
    BeanValidation validation;

    public Agent createAgent(NewAgent command) {
        validation.check(command);
        agents.requireAdmin(agents.current(context));
        if (agents.byLogin(command.login()).isPresent()) {
            throw new ValidationException("login", "validation.taken", command.login());
        }
        Agent agent = new Agent(command.login(), command.firstName().trim(), command.lastName().trim(), command.email());
        agent.getAccount().setPassword(command.password().toCharArray());
        em.persist(agent);
        return agent;
    }

    /** The valid groups by name: the administrator's choice list. */
    public List<AgentGroup> groups() {
        agents.requireAdmin(agents.current(context));
        return em.createQuery("SELECT g FROM AgentGroup g WHERE g.valid = TRUE ORDER BY g.name", AgentGroup.class)
                .getResultList();
    }

    public AgentGroup createGroup(String name) {
        agents.requireAdmin(agents.current(context));
        String trimmed = ValidationException.requireText("name", name, 100);
        if (!em.createNamedQuery("AgentGroup.byName", AgentGroup.class).setParameter("name", trimmed)
                .getResultList().isEmpty()) {
            throw new ValidationException("name", "validation.taken", trimmed);
        }
        AgentGroup group = new AgentGroup(trimmed);
        em.persist(group);
        return group;
    }

    public Role createRole(String name) {
        agents.requireAdmin(agents.current(context));
        Role role = new Role(ValidationException.requireText("name", name, 100));
        em.persist(role);
        return role;
    }

    /** Replaces the agent's direct permissions on a group with {@code permissions} (empty: none). */
    public Agent setPermissions(long agentId, long groupId, Set<Permission> permissions) {
        agents.requireAdmin(agents.current(context));
        Agent agent = lookup.require(Agent.class, agentId);
        AgentGroup group = lookup.reference(AgentGroup.class, groupId, "groupId");
        agent.replacePermissions(group, permissions);
        return agent;
    }

    /** Replaces the role's permissions on a group with {@code permissions}. */
    public Role setRolePermissions(long roleId, long groupId, Set<Permission> permissions) {
        agents.requireAdmin(agents.current(context));
        Role role = lookup.require(Role.class, roleId);
        AgentGroup group = lookup.reference(AgentGroup.class, groupId, "groupId");
        role.replacePermissions(group, permissions);
        return role;
    }

    public Agent addToRole(long agentId, long roleId) {
        agents.requireAdmin(agents.current(context));
        Agent agent = lookup.require(Agent.class, agentId);
        agent.join(lookup.reference(Role.class, roleId, "roleId"));
        return agent;
    }

    public Agent setValid(long agentId, long version, boolean valid) {
        agents.requireAdmin(agents.current(context));
        Agent agent = lookup.require(Agent.class, agentId);
        agent.checkVersion(version);
        agent.setValid(valid);
        return agent;
    }

    public Agent resetPassword(long agentId, String newPassword) {
        agents.requireAdmin(agents.current(context));
        if (newPassword == null || newPassword.length() < 8) {
            throw new ValidationException("password", "validation.password");
        }
        Agent agent = lookup.require(Agent.class, agentId);
        agent.getAccount().setPassword(newPassword.toCharArray());
        return agent;
    }
}
