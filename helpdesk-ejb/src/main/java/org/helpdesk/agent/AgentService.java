package org.helpdesk.agent;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.audit.AuditLog;
import org.helpdesk.audit.AuditTrail;
import org.helpdesk.auth.PasswordPolicy;
import org.helpdesk.shared.BaseEntity;
import org.helpdesk.shared.BeanValidation;
import org.helpdesk.shared.ConcurrencyGuard;
import org.helpdesk.shared.Lookup;
import org.helpdesk.shared.Page;
import org.helpdesk.shared.Paging;
import org.helpdesk.shared.ValidationException;

/** Administration of agents, groups, roles and their group permissions. Only for administrators. */
@Stateless
@RolesAllowed("admin")
@Interceptors({ConcurrencyGuard.class, AuditTrail.class})
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

    @Inject
    AuditLog audit;

    /** The valid groups by name: the administrator's choice list. */
    public List<AgentGroup> groups() {
        agents.requireAdmin(agents.current(context));
        return em.createQuery("SELECT g FROM AgentGroup g WHERE g.valid = TRUE ORDER BY g.name", AgentGroup.class)
                .getResultList();
    }

    /** A page of agents whose login, name or e-mail contains {@code text} (all agents when blank), by login. */
    public Page<Agent> agents(String text, int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.search(em, Agent.class, "e.login", text, List.of("e.login", "e.firstName", "e.lastName", "e.email"), first,
                pageSize);
    }

    public Agent agent(long agentId) {
        agents.requireAdmin(agents.current(context));
        return lookup.require(Agent.class, agentId);
    }

    /**
     * Creates an agent or changes one: names, e-mail, language, time zone, valid, the password when one is
     * given, the roles it is a member of and its own permissions by group id (groups left out keep theirs), at once.
     */
    public Agent saveAgent(AgentForm form, Set<Long> roleIds, Map<Long, Set<Permission>> permissions) {
        Agent admin = agents.current(context);
        agents.requireAdmin(admin);
        validation.check(form);
        try {
            ZoneId.of(form.timeZone());
        } catch (DateTimeException e) {
            throw new ValidationException("timeZone", "validation.timeZone", form.timeZone());
        }
        boolean newPassword = form.password() != null && !form.password().isEmpty();
        if (form.isNew() || newPassword) {
            PasswordPolicy.check("password", form.password());
        }
        agents.byLogin(form.login()).filter(other -> !other.getId().equals(form.id())).ifPresent(other -> {
            throw new ValidationException("login", "validation.taken", form.login());
        });
        Agent agent;
        if (form.isNew()) {
            agent = new Agent(form.login(), form.firstName().trim(), form.lastName().trim(), blankToNull(form.email()));
            em.persist(agent);
        } else {
            agent = lookup.require(Agent.class, form.id());
            agent.checkVersion(form.version());
            if (agent.equals(admin) && !form.valid()) {
                throw new ValidationException("valid", "validation.selfInvalid");
            }
            agent.rename(form.login(), form.firstName().trim(), form.lastName().trim(), blankToNull(form.email()));
        }
        agent.setLanguage(form.language());
        agent.setTimeZone(form.timeZone());
        agent.setValid(form.valid());
        if (newPassword) {
            agent.getAccount().setPassword(form.password().toCharArray());
        }
        changeRoles(agent, roleIds);
        changePermissions(agent, permissions);
        if (agent.equals(admin) && !agent.isAdmin()) {
            throw new ValidationException("permissions", "validation.selfAdmin");
        }
        return agent;
    }

    /** A page of all groups, valid or not, by name. */
    public Page<AgentGroup> allGroups(int first, int pageSize) {
        agents.requireAdmin(agents.current(context));
        return Paging.all(em, AgentGroup.class, "e.name", first, pageSize);
    }

    /** Creates a group ({@code id} null) or renames one, changes its comment, or makes it (in)valid; the admin group stays. */
    public AgentGroup saveGroup(GroupForm form) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        String trimmed = form.name().trim();
        if (em.createNamedQuery("AgentGroup.byName", AgentGroup.class).setParameter("name", trimmed).getResultStream()
                .anyMatch(other -> !other.getId().equals(form.id()))) {
            throw new ValidationException("name", "validation.taken", trimmed);
        }
        AgentGroup group;
        if (form.isNew()) {
            group = new AgentGroup(trimmed);
            em.persist(group);
        } else {
            group = lookup.require(AgentGroup.class, form.id());
            group.checkVersion(form.version());
            if (AgentGroup.ADMIN.equals(group.getName()) && (!form.valid() || !AgentGroup.ADMIN.equals(trimmed))) {
                throw new ValidationException("name", "validation.adminGroup");
            }
            group.rename(trimmed);
        }
        group.setComments(blankToNull(form.comments()));
        group.setValid(form.valid());
        return group;
    }

    /** Every role, valid or not, by name: few enough to show at once. */
    public List<Role> roles() {
        agents.requireAdmin(agents.current(context));
        return em.createQuery("SELECT r FROM Role r ORDER BY r.name", Role.class).getResultList();
    }

    /** Creates a role ({@code id} null) or changes one, with its permissions by group id (groups left out keep theirs). */
    public Role saveRole(RoleForm form, Map<Long, Set<Permission>> permissions) {
        agents.requireAdmin(agents.current(context));
        validation.check(form);
        String trimmed = form.name().trim();
        if (em.createQuery("SELECT r FROM Role r WHERE r.name = :name", Role.class).setParameter("name", trimmed)
                .getResultStream().anyMatch(other -> !other.getId().equals(form.id()))) {
            throw new ValidationException("name", "validation.taken", trimmed);
        }
        Role role;
        if (form.isNew()) {
            role = new Role(trimmed);
            em.persist(role);
        } else {
            role = lookup.require(Role.class, form.id());
            role.checkVersion(form.version());
            role.rename(trimmed);
        }
        role.setValid(form.valid());
        changePermissions(role, permissions);
        return role;
    }

    /** The direct permissions of an agent (or, with {@code role}, of a role) by group id: the matrix's rows. */
    public Map<Long, Set<Permission>> permissionMatrix(long holderId, boolean role) {
        agents.requireAdmin(agents.current(context));
        PermissionHolder holder = role ? lookup.require(Role.class, holderId) : lookup.require(Agent.class, holderId);
        Set<GroupPermission> held = holder.getPermissions();
        Map<Long, Set<Permission>> matrix = new HashMap<>();
        held.forEach(p -> matrix.computeIfAbsent(p.getGroup().getId(), id -> EnumSet.noneOf(Permission.class)).add(p.getPermission()));
        return matrix;
    }

    private void changePermissions(PermissionHolder holder, Map<Long, Set<Permission>> matrix) {
        Set<GroupPermission> held = holder.getPermissions();
        for (Map.Entry<Long, Set<Permission>> row : matrix.entrySet()) {
            AgentGroup group = lookup.reference(AgentGroup.class, row.getKey(), "groupId");
            Set<Permission> wanted = row.getValue();
            notePermissions((BaseEntity) holder, held, group, wanted);
            holder.replacePermissions(group, wanted);
        }
    }

    private void changeRoles(Agent agent, Set<Long> roleIds) {
        Set<Role> wanted = new HashSet<>();
        for (Long roleId : roleIds) {
            wanted.add(lookup.reference(Role.class, roleId, "roleId"));
        }
        Set<Role> current = agent.getRoles();
        if (!current.equals(wanted)) {
            audit.note(agent, "roles", names(current), names(wanted));
            current.stream().filter(r -> !wanted.contains(r)).forEach(agent::leave);
            wanted.forEach(agent::join);
        }
    }

    private void notePermissions(BaseEntity holder, Set<GroupPermission> held, AgentGroup group,
            Set<Permission> wanted) {
        Set<String> before = new TreeSet<>();
        held.stream().filter(p -> p.getGroup().equals(group)).forEach(p -> before.add(p.getPermission().name().toLowerCase()));
        Set<String> after = new TreeSet<>();
        wanted.forEach(p -> after.add(p.name().toLowerCase()));
        if (!before.equals(after)) {
            audit.note(holder, "permissions[" + group.getName() + "]", String.join(" ", before), String.join(" ", after));
        }
    }

    private static String names(Set<Role> roles) {
        return String.join(", ", new TreeSet<>(roles.stream().map(Role::getName).toList()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
