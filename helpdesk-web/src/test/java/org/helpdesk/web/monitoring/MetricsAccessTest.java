package org.helpdesk.web.monitoring;

import static org.helpdesk.web.monitoring.MetricsAccess.Decision.ALLOWED;
import static org.helpdesk.web.monitoring.MetricsAccess.Decision.FORBIDDEN;
import static org.helpdesk.web.monitoring.MetricsAccess.Decision.UNAUTHORIZED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsAccessTest {

    @Test
    void withoutATokenOnlyTheServersOwnMachine() {
        assertEquals(ALLOWED, MetricsAccess.decide(null, null, "127.0.0.1"));
        assertEquals(ALLOWED, MetricsAccess.decide(null, null, "0:0:0:0:0:0:0:1"));
        assertEquals(ALLOWED, MetricsAccess.decide("", null, "::1"));
        assertEquals(FORBIDDEN, MetricsAccess.decide(null, null, "10.0.0.5"));
        assertEquals(FORBIDDEN, MetricsAccess.decide(null, "Bearer anything", "192.168.1.20"));
        assertEquals(FORBIDDEN, MetricsAccess.decide(null, null, null));
    }

    @Test
    void withATokenWhoeverSendsIt() {
        assertEquals(ALLOWED, MetricsAccess.decide("s3cret-token", "Bearer s3cret-token", "10.0.0.5"));
        assertEquals(ALLOWED, MetricsAccess.decide("s3cret-token", "bearer s3cret-token", "10.0.0.5"));
        assertEquals(ALLOWED, MetricsAccess.decide("s3cret-token", "Bearer s3cret-token", "127.0.0.1"));
    }

    @Test
    void withATokenNobodyElseNotEvenTheServersOwnMachine() {
        assertEquals(UNAUTHORIZED, MetricsAccess.decide("s3cret-token", null, "127.0.0.1"));
        assertEquals(UNAUTHORIZED, MetricsAccess.decide("s3cret-token", "Bearer wrong", "127.0.0.1"));
        assertEquals(UNAUTHORIZED, MetricsAccess.decide("s3cret-token", "Bearer s3cret-token2", "10.0.0.5"));
        assertEquals(UNAUTHORIZED, MetricsAccess.decide("s3cret-token", "Bearer s3cret", "10.0.0.5"));
        assertEquals(UNAUTHORIZED, MetricsAccess.decide("s3cret-token", "s3cret-token", "10.0.0.5"));
        assertEquals(UNAUTHORIZED, MetricsAccess.decide("s3cret-token", "Basic czNjcmV0LXRva2Vu", "10.0.0.5"));
        assertEquals(UNAUTHORIZED, MetricsAccess.decide("s3cret-token", "Bearer ", "10.0.0.5"));
    }

    @Test
    void onlyIpLiteralsAreLoopback() {
        assertTrue(MetricsAccess.isLoopback("127.0.0.1"));
        assertTrue(MetricsAccess.isLoopback("127.1.2.3"));
        assertTrue(MetricsAccess.isLoopback("::1"));
        assertFalse(MetricsAccess.isLoopback("localhost"));
        assertFalse(MetricsAccess.isLoopback("128.0.0.1"));
        assertFalse(MetricsAccess.isLoopback("::2"));
        assertFalse(MetricsAccess.isLoopback("fe80::1%eth0"));
    }
}
