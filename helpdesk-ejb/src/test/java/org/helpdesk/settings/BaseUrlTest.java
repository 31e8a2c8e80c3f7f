package org.helpdesk.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaseUrlTest {

    @Test
    void theSettingComesFirstThenTheEnvironmentThenTheDefault() {
        assertEquals(new BaseUrl("https://mesa.net7.pe/helpdesk", BaseUrl.Source.SETTINGS),
                BaseUrl.resolve("https://mesa.net7.pe/helpdesk/", "http://10.0.0.5:8080/helpdesk"));
        assertEquals(new BaseUrl("http://10.0.0.5:8080/helpdesk", BaseUrl.Source.ENVIRONMENT),
                BaseUrl.resolve(" ", "http://10.0.0.5:8080/helpdesk"));
        BaseUrl none = BaseUrl.resolve(null, null);
        assertEquals(BaseUrl.FALLBACK, none.value());
        assertFalse(none.isConfigured());
        assertTrue(BaseUrl.resolve(null, "http://10.0.0.5:8080/helpdesk").isConfigured());
    }

    @Test
    void linksAreTheAddressAndThePath() {
        assertEquals("https://mesa.net7.pe/helpdesk/customer/ticket.xhtml?id=7",
                BaseUrl.resolve("https://mesa.net7.pe/helpdesk//", null).link("/customer/ticket.xhtml?id=7"));
    }

    @Test
    void theBrowsersAddressLeavesOutTheSchemesOwnPort() {
        assertEquals("https://mesa.net7.pe/helpdesk", BaseUrl.of("https", "mesa.net7.pe", 443, "/helpdesk"));
        assertEquals("http://localhost:8080/helpdesk", BaseUrl.of("http", "localhost", 8080, "/helpdesk"));
        assertEquals("http://soporte", BaseUrl.of("HTTP", "soporte", 80, ""));
        assertEquals("http://[::1]:8080/helpdesk", BaseUrl.of("http", "::1", 8080, "/helpdesk"));
    }

    @Test
    void onlyHttpAddressesWithoutQueryOrFragmentAreAccepted() {
        assertTrue(BaseUrl.isValid(null));
        assertTrue(BaseUrl.isValid(""));
        assertTrue(BaseUrl.isValid(" https://mesa.net7.pe/helpdesk/ "));
        assertTrue(BaseUrl.isValid("HTTP://10.0.0.5:8080"));
        assertFalse(BaseUrl.isValid("mesa.net7.pe/helpdesk"));
        assertFalse(BaseUrl.isValid("ftp://mesa.net7.pe"));
        assertFalse(BaseUrl.isValid("https://mesa.net7.pe/helpdesk?x=1"));
        assertFalse(BaseUrl.isValid("https://mesa.net7.pe/help desk"));
        assertFalse(BaseUrl.isValid("javascript:alert(1)"));
        assertNull(BaseUrl.clean("   "));
    }
}
