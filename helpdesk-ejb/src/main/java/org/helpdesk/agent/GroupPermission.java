package org.helpdesk.agent;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One permission on one group, held by an agent or a role. */
@Embeddable
public class GroupPermission implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private AgentGroup group;

    @Enumerated(EnumType.STRING)
    @Column(name = "permission", nullable = false, length = 20)
    private Permission permission;

    protected GroupPermission() {
    }

    public GroupPermission(AgentGroup group, Permission permission) {
        this.group = Objects.requireNonNull(group);
        this.permission = Objects.requireNonNull(permission);
    }

    public AgentGroup getGroup() {
        return group;
    }

    public Permission getPermission() {
        return permission;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GroupPermission that && group.equals(that.group) && permission == that.permission;
    }

    @Override
    public int hashCode() {
        return Objects.hash(group.getId(), permission);
    }
}
