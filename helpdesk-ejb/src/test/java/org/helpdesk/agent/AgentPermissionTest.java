package org.helpdesk.agent;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;

class AgentPermissionTest {

    private final AgentGroup support = new AgentGroup("soporte");
    private final AgentGroup consulting = new AgentGroup("consultoria");
    private final AgentGroup admin = new AgentGroup(AgentGroup.ADMIN);

    @Test
    void directPermissionsApplyToTheirGroupOnly() {
        Agent agent = new Agent("ana", "Ana", "Quispe", null);
        agent.grant(support, Permission.RO);
        agent.grant(support, Permission.NOTE);
        assertTrue(agent.holds(support, Permission.RO));
        assertTrue(agent.holds(support, Permission.NOTE));
        assertFalse(agent.holds(support, Permission.MOVE_INTO));
        assertFalse(agent.holds(consulting, Permission.RO));
    }

    @Test
    void rwIncludesEverything() {
        Agent agent = new Agent("ana", "Ana", "Quispe", null);
        agent.grant(support, Permission.RW);
        for (Permission permission : Permission.values()) {
            assertTrue(agent.holds(support, permission), permission.name());
        }
    }

    @Test
    void rolesGrantWhileValid() {
        Agent agent = new Agent("ana", "Ana", "Quispe", null);
        Role tier2 = new Role("N2");
        tier2.grant(consulting, Permission.MOVE_INTO);
        agent.join(tier2);
        assertTrue(agent.holds(consulting, Permission.MOVE_INTO));
        tier2.setValid(false);
        assertFalse(agent.holds(consulting, Permission.MOVE_INTO));
    }

    @Test
    void invalidAgentsHoldNothing() {
        Agent agent = new Agent("ana", "Ana", "Quispe", null);
        agent.grant(support, Permission.RW);
        agent.setValid(false);
        assertFalse(agent.holds(support, Permission.RO));
    }

    @Test
    void adminMeansRwOnTheAdminGroup() {
        Agent agent = new Agent("root", "Root", "Admin", null);
        agent.grant(admin, Permission.RO);
        assertFalse(agent.isAdmin());
        agent.replacePermissions(admin, Set.of(Permission.RW));
        assertTrue(agent.isAdmin());
        agent.replacePermissions(admin, Set.of());
        assertFalse(agent.isAdmin());
    }
}
