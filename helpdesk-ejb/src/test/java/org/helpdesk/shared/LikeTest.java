package org.helpdesk.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class LikeTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertEquals("100\\%", Like.escape("100%"));
        assertEquals("a\\_b", Like.escape("a_b"));
        assertEquals("¡hola!", Like.escape("¡hola!"));
        assertEquals("\\\\\\%\\_", Like.escape("\\%_"));
        assertEquals("c:\\\\temp", Like.escape("c:\\temp"));
        assertEquals("", Like.escape(""));
    }

    @Test
    void patternsAreTrimmedAndInLowerCase() {
        assertEquals("%juan\\_pérez%", Like.containing("  Juan_PÉREZ "));
        assertEquals("2026\\%%", Like.startingWith("2026%"));
        assertEquals("%<soporte\\_n1@net7.pe>", Like.endingWith(" <Soporte_N1@net7.pe>"));
    }

    @Test
    void theConditionNeedsNoEscapeClause() {
        assertEquals("LOWER(t.title) LIKE :text", Like.like("LOWER(t.title)", "text"));
    }

    /** What a database makes of the patterns, by the rules of LIKE with the backslash as escape character. */
    @Test
    void aUsersPercentOrUnderscoreMatchesOnlyItself() {
        assertTrue(matches(Like.containing("100%"), "cpu al 100% desde ayer"));
        assertFalse(matches(Like.containing("100%"), "1000 usuarios"));
        assertTrue(matches(Like.containing("a_b"), "archivo a_b.txt"));
        assertFalse(matches(Like.containing("a_b"), "archivo axb.txt"));
        assertTrue(matches(Like.containing("¡urgente!"), "¡urgente! sin red"));
        assertTrue(matches(Like.containing("c:\\temp"), "no se abre c:\\temp\\x"));
        assertTrue(matches(Like.startingWith("2026"), "2026120610000017"));
        assertFalse(matches(Like.startingWith("2026"), "12026"));
        assertTrue(matches(Like.endingWith("<a_b@x.pe>"), "\"mesa\" <a_b@x.pe>"));
        assertFalse(matches(Like.endingWith("<a_b@x.pe>"), "\"mesa\" <axb@x.pe>"));
    }

    private static boolean matches(String pattern, String value) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == Like.ESCAPE) {
                regex.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(value).matches();
    }
}
