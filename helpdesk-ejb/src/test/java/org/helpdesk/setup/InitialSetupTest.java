package org.helpdesk.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.helpdesk.agent.AgentGroup;
import org.junit.jupiter.api.Test;

class InitialSetupTest {

    @Test
    void aGeneratedPasswordMustBeChangedAtTheFirstLogin() {
        InitialSetup.FirstAdministrator first = InitialSetup.firstAdministrator("admin", null, List.of(new AgentGroup("admin")));
        assertTrue(first.generated());
        assertEquals(16, first.password().length());
        assertTrue(first.agent().getAccount().matches(first.password().toCharArray()));
        assertTrue(first.agent().isMustChangePassword());
        assertTrue(InitialSetup.firstAdministrator("admin", "  ", List.of()).agent().isMustChangePassword());
    }

    @Test
    void aConfiguredPasswordNeedNotBeChanged() {
        InitialSetup.FirstAdministrator first = InitialSetup.firstAdministrator("jefe", "configured-secret", List.of());
        assertFalse(first.generated());
        assertEquals("jefe", first.agent().getLogin());
        assertTrue(first.agent().getAccount().matches("configured-secret".toCharArray()));
        assertFalse(first.agent().isMustChangePassword());
    }

    @Test
    void changingTheOwnPasswordClearsTheDuty() {
        InitialSetup.FirstAdministrator first = InitialSetup.firstAdministrator("admin", null, List.of());
        int before = first.agent().getAccount().getCredentialsVersion();
        first.agent().changeOwnPassword("my-own-password".toCharArray());
        assertFalse(first.agent().isMustChangePassword());
        assertTrue(first.agent().getAccount().getCredentialsVersion() > before);
    }
}
