package org.helpdesk.web.admin;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.Permission;

/** Groups × permissions as check boxes: {@code matrix.cells[groupId][permission]}. */
public class PermissionMatrix implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, Map<Permission, Boolean>> cells = new HashMap<>();

    public PermissionMatrix(List<AgentGroup> groups, Map<Long, Set<Permission>> held) {
        for (AgentGroup group : groups) {
            Map<Permission, Boolean> row = new EnumMap<>(Permission.class);
            Set<Permission> granted = held.getOrDefault(group.getId(), Set.of());
            for (Permission permission : Permission.values()) {
                row.put(permission, granted.contains(permission));
            }
            cells.put(group.getId(), row);
        }
    }

    public Map<Long, Map<Permission, Boolean>> getCells() {
        return cells;
    }

    /** The ticked permissions by group id, for the service. */
    public Map<Long, Set<Permission>> granted() {
        Map<Long, Set<Permission>> granted = new HashMap<>();
        cells.forEach((groupId, row) -> {
            Set<Permission> ticked = EnumSet.noneOf(Permission.class);
            row.forEach((permission, on) -> {
                if (Boolean.TRUE.equals(on)) {
                    ticked.add(permission);
                }
            });
            granted.put(groupId, ticked);
        });
        return granted;
    }
}
