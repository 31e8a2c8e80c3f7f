package org.helpdesk.web.admin;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.agent.GroupForm;
import org.helpdesk.agent.Permission;
import org.helpdesk.agent.Role;
import org.helpdesk.agent.RoleForm;
import org.helpdesk.web.shared.PagedModel;
import org.helpdesk.web.shared.Texts;

/** Admin: groups (what queues belong to) and roles (bundles of group permissions for agents). */
@Named
@ViewScoped
public class GroupsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AgentService service;

    @Inject
    Texts texts;

    private PagedModel<AgentGroup> groups;
    private List<AgentGroup> validGroups;
    private List<Role> roles;
    private NamedEdit group;
    private NamedEdit role;
    private PermissionMatrix matrix;

    public void load() {
        groups = new PagedModel<>(service::allGroups);
        validGroups = service.groups();
        roles = service.roles();
    }

    public void createGroup() {
        group = new NamedEdit(null, 0, null, null, true);
    }

    public void editGroup(AgentGroup row) {
        group = new NamedEdit(row.getId(), row.getVersion(), row.getName(), row.getComments(), row.isValid());
    }

    public void saveGroup() {
        service.saveGroup(new GroupForm(group.getId(), group.getVersion(), group.getName(), group.getComments(),
                group.isValid()));
        group = null;
        load();
        info();
    }

    public void createRole() {
        role = new NamedEdit(null, 0, null, null, true);
        matrix = new PermissionMatrix(validGroups, Map.of());
    }

    public void editRole(Role row) {
        role = new NamedEdit(row.getId(), row.getVersion(), row.getName(), null, row.isValid());
        matrix = new PermissionMatrix(validGroups, service.permissionMatrix(row.getId(), true));
    }

    public void saveRole() {
        service.saveRole(new RoleForm(role.getId(), role.getVersion(), role.getName(), role.isValid()), matrix.granted());
        role = null;
        matrix = null;
        roles = service.roles();
        info();
    }

    public void cancel() {
        group = null;
        role = null;
        matrix = null;
    }

    private void info() {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texts.get("admin.saved"), null));
    }

    public Permission[] getPermissions() {
        return Permission.values();
    }

    public PagedModel<AgentGroup> getGroups() {
        return groups;
    }

    public List<AgentGroup> getValidGroups() {
        return validGroups;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public NamedEdit getGroup() {
        return group;
    }

    public NamedEdit getRole() {
        return role;
    }

    public PermissionMatrix getMatrix() {
        return matrix;
    }
}
