package org.helpdesk.ticket;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;

/**
 * An agent's permissions by group id, direct and through valid roles, read in two projection
 * queries, whatever the number of groups and roles (going through {@link Agent#holds} loads each
 * group and role on its own). It answers as {@link Agent#holds} and {@link Agent#groupIdsWith} do.
 */
record AgentGrants(Map<Long, Set<Permission>> byGroup) {

    static AgentGrants of(EntityManager em, Agent agent) {
        Map<Long, Set<Permission>> byGroup = new HashMap<>();
        if (agent.isValid()) {
            em.createQuery("SELECT p.group.id, p.permission FROM Agent a JOIN a.permissions p WHERE a.id = :agent",
                    Object[].class).setParameter("agent", agent.getId()).getResultStream()
                    .forEach(p -> byGroup.computeIfAbsent((Long) p[0], g -> EnumSet.noneOf(Permission.class))
                            .add((Permission) p[1]));
            em.createQuery("SELECT p.group.id, p.permission FROM Agent a JOIN a.roles r JOIN r.permissions p "
                    + "WHERE a.id = :agent AND r.valid = TRUE", Object[].class).setParameter("agent", agent.getId())
                    .getResultStream().forEach(p -> byGroup.computeIfAbsent((Long) p[0], g -> EnumSet.noneOf(Permission.class))
                            .add((Permission) p[1]));
        }
        return new AgentGrants(byGroup);
    }

    boolean holds(long group, Permission needed) {
        return byGroup.getOrDefault(group, Set.of()).stream().anyMatch(needed::isGrantedBy);
    }

    Set<Long> groupsWith(Permission needed) {
        Set<Long> groups = new HashSet<>();
        byGroup.forEach((group, held) -> {
            if (held.stream().anyMatch(needed::isGrantedBy)) {
                groups.add(group);
            }
        });
        return groups;
    }
}
