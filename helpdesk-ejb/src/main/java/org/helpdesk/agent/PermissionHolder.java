package org.helpdesk.agent;

import java.util.Set;

/** An agent or a role: something that holds permissions on groups. */
public interface PermissionHolder {

    /** The permissions held directly. */
    Set<GroupPermission> getPermissions();

    void grant(AgentGroup group, Permission permission);

    void revoke(AgentGroup group, Permission permission);

    /** Makes {@code permissions} exactly what is held on {@code group}. */
    default void replacePermissions(AgentGroup group, Set<Permission> permissions) {
        for (Permission permission : Permission.values()) {
            if (permissions.contains(permission)) {
                grant(group, permission);
            } else {
                revoke(group, permission);
            }
        }
    }
}
