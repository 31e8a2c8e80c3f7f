package org.helpdesk.agent;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.helpdesk.audit.AuditListener;
import org.helpdesk.shared.BaseEntity;

/** A bundle of group permissions that agents receive by membership (OTRS's roles). */
@EntityListeners(AuditListener.class)
@Entity
@Table(name = "agent_role")
public class Role extends BaseEntity implements PermissionHolder {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(nullable = false)
    private boolean valid = true;

    @ElementCollection
    @CollectionTable(name = "role_group_permission", joinColumns = @JoinColumn(name = "role_id"))
    private Set<GroupPermission> permissions = new HashSet<>();

    protected Role() {
    }

    public Role(String name) {
        this.name = name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public boolean isValid() {
        return valid;
    }

    public void setValid(boolean valid) {
        this.valid = valid;
    }

    public Set<GroupPermission> getPermissions() {
        return Set.copyOf(permissions);
    }

    @Override
    public void grant(AgentGroup group, Permission permission) {
        permissions.add(new GroupPermission(group, permission));
    }

    @Override
    public void revoke(AgentGroup group, Permission permission) {
        permissions.remove(new GroupPermission(group, permission));
    }
}
