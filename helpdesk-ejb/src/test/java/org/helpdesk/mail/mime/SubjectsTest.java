package org.helpdesk.mail.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SubjectsTest {

    private static String title(String subject) {
        return Subjects.title(subject, "Ticket#");
    }

    @Test
    void dropsReplyAndForwardPrefixesOfCommonLanguages() {
        for (String prefix : new String[] { "Re:", "RE:", "re :", "Fwd:", "FW:", "Fw:", "AW:", "WG:", "VS:", "SV:", "Antw:", "RV:",
                "R:", "TR:", "Re[2]:", "Re(2):", "Respuesta automática:", "RESPUESTA AUTOMÁTICA:", "Automatic reply:",
                "Réf:", "RÉF :", "Rif:", "Odp:" }) {
            assertEquals("Impresora sin tóner", title(prefix + " Impresora sin tóner"), prefix);
        }
    }

    @Test
    void dropsRepeatedAndMixedPrefixesTicketTagsAndDoubleSpaces() {
        assertEquals("Impresora sin tóner", title("RE: AW: Fwd:Re[2]:  Impresora  sin\ttóner "));
        assertEquals("Impresora sin tóner", title("Re: [Ticket#2026031210000017] RV: Impresora sin tóner"));
        assertEquals("Impresora sin tóner", title("[ticket#2026031210000017] Re: Impresora sin tóner"));
        assertEquals("Impresora sin tóner", title("Impresora sin tóner [Ticket# 2026031210000017]"));
    }

    @Test
    void keepsWordsThatOnlyLookLikePrefixes() {
        assertEquals("Reunión: sala 2", title("Reunión: sala 2"));
        assertEquals("Trabajo: VPN caída", title("Re: Trabajo: VPN caída"));
        assertEquals("Revisar RE: en el asunto", title("Revisar RE: en el asunto"));
        assertEquals("[Otro#123] x", title("[Otro#123] x"));
    }

    @Test
    void leavesNothingWhenTheSubjectIsOnlyPrefixesAndTag() {
        assertEquals("", title("Re: Fwd: [Ticket#2026031210000017]"));
        assertEquals("", title(""));
    }
}
