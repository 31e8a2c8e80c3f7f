package org.helpdesk.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PortalTest {

    @Test
    void pathsBelongToTheirPortal() {
        assertEquals(Portal.CUSTOMER, Portal.of("/customer/index.xhtml"));
        assertEquals(Portal.AGENT, Portal.of("/agent/ticket.xhtml"));
        assertEquals(Portal.AGENT, Portal.of(null));
    }

    @Test
    void afterLoginOnlyLocalPagesOfTheSamePortal() {
        assertTrue(Portal.AGENT.owns("/agent/ticket.xhtml?id=5"));
        assertFalse(Portal.AGENT.owns("/customer/index.xhtml"));
        assertTrue(Portal.CUSTOMER.owns("/customer/index.xhtml"));
        assertFalse(Portal.CUSTOMER.owns("/agent/index.xhtml"));
        // no open redirects
        assertFalse(Portal.AGENT.owns("//evil.example/agent"));
        assertFalse(Portal.AGENT.owns("https://evil.example/"));
        assertFalse(Portal.AGENT.owns("/\\evil.example"));
        assertFalse(Portal.AGENT.owns(null));
    }
}
