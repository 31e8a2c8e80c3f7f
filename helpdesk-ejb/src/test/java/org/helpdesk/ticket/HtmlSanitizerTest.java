package org.helpdesk.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {

    @Test
    void keepsFormattingTablesAndLinks() {
        String html = "<p>Hola <b>Lucía</b>, <i>ñandú</i></p><table><tr><td>1</td></tr></table>"
                + "<a href=\"https://soporte.example/kb/1\">guía</a>";
        String safe = HtmlSanitizer.sanitize(html);
        assertTrue(safe.contains("<b>Lucía</b>"), safe);
        assertTrue(safe.contains("<td>1</td>"), safe);
        assertTrue(safe.contains("href=\"https://soporte.example/kb/1\""), safe);
        for (String rel : new String[] { "noopener", "noreferrer", "nofollow" }) {
            assertTrue(safe.matches("(?s).*rel=\"[^\"]*\\b" + rel + "\\b[^\"]*\".*"), safe);
        }
    }

    @Test
    void dropsScriptsHandlersAndExternalLoads() {
        String html = "<p onclick=\"steal()\">x</p><script>alert(1)</script><img src=\"https://tracker.example/p.gif\">"
                + "<a href=\"javascript:alert(1)\">y</a><iframe src=\"https://x.example\"></iframe>"
                + "<link rel=\"stylesheet\" href=\"https://x.example/a.css\"><div style=\"background:url(https://x.example)\">z</div>";
        String safe = HtmlSanitizer.sanitize(html);
        assertFalse(safe.contains("onclick"), safe);
        assertFalse(safe.contains("script"), safe);
        assertFalse(safe.contains("img"), safe);
        assertFalse(safe.contains("javascript"), safe);
        assertFalse(safe.contains("iframe"), safe);
        assertFalse(safe.contains("x.example"), safe);
        assertEquals("<p>x</p>yz", safe.replace("<div>", "").replace("</div>", ""));
    }

    @Test
    void nothingStaysNothing() {
        assertNull(HtmlSanitizer.sanitize(null));
    }

    @Test
    void keepsImagesOnlyWhenTheyShowTheTicketsOwnAttachments() {
        String safe = HtmlSanitizer.sanitize("<img src=\"attachment?id=42\" alt=\"logo\"><img src=\"attachment?id=42&x=1\">"
                + "<img src=\"cid:logo@cliente\"><img src=\"../agent/attachment?id=1\">");
        assertEquals("<img src=\"attachment?id&#61;42\" alt=\"logo\" />", safe);
    }
}
