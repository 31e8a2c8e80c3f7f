package org.helpdesk.web.admin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentForm;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.agent.Permission;
import org.helpdesk.agent.Role;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: agents, with their roles and their permissions on groups (OTRS's Agents ↔ Groups). */
@Named
@ViewScoped
public class AgentsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AgentService service;

    @Inject
    Texts texts;

    private String search;
    private PagedModel<Agent> agents;
    private List<AgentGroup> groups;
    private List<Role> roles;
    private AgentEdit form;
    private PermissionMatrix matrix;
    private List<Long> roleIds;

    public void load() {
        agents = new PagedModel<>((first, size) -> service.agents(search, first, size));
        groups = service.groups();
        roles = service.roles();
    }

    public void create() {
        form = AgentEdit.of(AgentForm.blank());
        matrix = new PermissionMatrix(groups, Map.of());
        roleIds = new ArrayList<>();
    }

    public void edit(Agent row) {
        Agent agent = service.agent(row.getId());
        form = AgentEdit.of(AgentForm.of(agent));
        matrix = new PermissionMatrix(groups, service.permissionMatrix(agent.getId(), false));
        roleIds = agent.getRoles().stream().map(Role::getId).collect(Collectors.toCollection(ArrayList::new));
    }

    public void save() {
        service.saveAgent(form.toForm(), Set.copyOf(roleIds), matrix.granted());
        form = null;
        matrix = null;
        info(texts.get("admin.saved"));
    }

    public void cancel() {
        form = null;
        matrix = null;
    }

    private static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public Permission[] getPermissions() {
        return Permission.values();
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public PagedModel<Agent> getAgents() {
        return agents;
    }

    public List<AgentGroup> getGroups() {
        return groups;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public AgentEdit getForm() {
        return form;
    }

    public PermissionMatrix getMatrix() {
        return matrix;
    }

    public List<Long> getRoleIds() {
        return roleIds;
    }

    public void setRoleIds(List<Long> roleIds) {
        this.roleIds = roleIds;
    }
}
