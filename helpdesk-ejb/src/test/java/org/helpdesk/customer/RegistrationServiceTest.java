package org.helpdesk.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import org.helpdesk.shared.DeskSettings;
import org.helpdesk.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

class RegistrationServiceTest {

    @Test
    void selfRegistrationSwitchedOffRefusesEveryRegistration() {
        RegistrationService service = new RegistrationService();
        service.settings = new DeskSettings(Map.of("HELPDESK_SELF_REGISTRATION", "false"));
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> service.register(
                new Registration("Rosa", "Huamán", "rosa@net7.example", null, "rosa-password", "es")));
        assertEquals("registration.closed", refused.getMessageKey());
    }

    @Test
    void selfRegistrationIsOnUnlessSwitchedOff() {
        assertEquals(true, new DeskSettings(Map.of()).selfRegistration());
        assertEquals(false, new DeskSettings(Map.of("HELPDESK_SELF_REGISTRATION", "false")).selfRegistration());
    }
}
