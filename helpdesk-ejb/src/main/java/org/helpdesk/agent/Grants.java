package org.helpdesk.agent;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an agent may do, by group id: the permissions held directly and through valid roles (none
 * for an invalid agent), read by {@link AgentDirectory#grants} in two queries whatever the number
 * of groups and roles. It answers as {@link Agent#holds} and {@link Agent#groupIdsWith} do (both
 * apply {@link Permission#isGrantedBy}); use it where many checks are made at once.
 */
public record Grants(Map<Long, Set<Permission>> byGroup) {

    public Grants {
        byGroup = Map.copyOf(byGroup);
    }

    /** Collects (group id, permission) pairs. */
    static Grants of(Iterable<Map.Entry<Long, Permission>> held) {
        Map<Long, Set<Permission>> byGroup = new HashMap<>();
        held.forEach(p -> byGroup.computeIfAbsent(p.getKey(), g -> EnumSet.noneOf(Permission.class)).add(p.getValue()));
        return new Grants(byGroup);
    }

    public boolean holds(long groupId, Permission needed) {
        return byGroup.getOrDefault(groupId, Set.of()).stream().anyMatch(needed::isGrantedBy);
    }

    /** The ids of the groups on which {@code needed} is held. */
    public Set<Long> groupsWith(Permission needed) {
        return byGroup.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(needed::isGrantedBy))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }
}
