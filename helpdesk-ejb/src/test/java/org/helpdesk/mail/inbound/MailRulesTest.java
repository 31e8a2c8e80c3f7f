package org.helpdesk.mail.inbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.helpdesk.agent.AgentGroup;
import org.helpdesk.queue.Queue;
import org.helpdesk.shared.Templates;
import org.junit.jupiter.api.Test;
import org.helpdesk.mail.mime.LoopGuard;
import org.helpdesk.mail.mime.ParsedMail;

/** Loop protection, PostMaster filters and auto-response templates, without a server. */
class MailRulesTest {

    @Test
    void machinesAndListsAreNotAnsweredPeopleAre() {
        assertFalse(LoopGuard.isAutomatic(mail("ana@cliente.pe", Map.of())));
        assertFalse(LoopGuard.isAutomatic(mail("ana@cliente.pe", Map.of("auto-submitted", "no"))));
        assertTrue(LoopGuard.isAutomatic(mail("ana@cliente.pe", Map.of("auto-submitted", "auto-replied"))));
        assertTrue(LoopGuard.isAutomatic(mail("ana@cliente.pe", Map.of("precedence", "Bulk"))));
        assertTrue(LoopGuard.isAutomatic(mail("ana@cliente.pe", Map.of("precedence", "junk"))));
        assertFalse(LoopGuard.isAutomatic(mail("ana@cliente.pe", Map.of("precedence", "first-class"))));
        assertTrue(LoopGuard.isAutomatic(mail("ana@cliente.pe", Map.of("x-loop", "helpdesk"))));
        assertTrue(LoopGuard.isAutomatic(mail("ana@cliente.pe", Map.of("list-id", "<soporte.lists.cliente.pe>"))));
        assertTrue(LoopGuard.isAutomatic(mail("mailer-daemon@cliente.pe", Map.of())));
        assertTrue(LoopGuard.isAutomatic(mail("postmaster@cliente.pe", Map.of())));
    }

    @Test
    void filtersMatchAllTheirConditionsInOrderAndStopWhenTold() {
        Queue n2 = new Queue("N2", new AgentGroup("consultoria"), 2);
        PostmasterFilter vip = filter("VIP", List.of(new FilterMatch("From", "@gerencia\\.cliente\\.pe$", false),
                new FilterMatch("Subject", "urgente", false)));
        vip.act(n2, 5, null, false);
        PostmasterFilter notMonitoring = filter("No monitoreo", List.of(new FilterMatch("X-Mailer", "nagios", true)));
        notMonitoring.act(null, 4, null, false);

        PostmasterFilters.Outcome boss = PostmasterFilters.apply(List.of(vip, notMonitoring),
                mail("jefa@gerencia.cliente.pe", Map.of("subject", "URGENTE: servidor caído", "from", "jefa@gerencia.cliente.pe")));
        assertSame(n2, boss.queue());
        assertEquals(4, boss.priority(), "the later filter also matched (no X-Mailer: nagios) and set priority 4");

        vip.define("VIP", 1, vip.getMatches(), true);
        assertEquals(5, PostmasterFilters.apply(List.of(vip, notMonitoring), mail("jefa@gerencia.cliente.pe",
                Map.of("subject", "urgente", "from", "jefa@gerencia.cliente.pe"))).priority(), "stop after VIP");

        PostmasterFilters.Outcome nagios = PostmasterFilters.apply(List.of(vip, notMonitoring),
                mail("nagios@cliente.pe", Map.of("x-mailer", "Nagios 4", "from", "nagios@cliente.pe")));
        assertNull(nagios.queue());
        assertNull(nagios.priority());

        PostmasterFilter spam = filter("Spam", List.of(new FilterMatch("X-Spam-Flag", "^yes$", false)));
        spam.act(null, null, null, true);
        assertEquals("Spam", PostmasterFilters.apply(List.of(spam, vip), mail("x@spam.example", Map.of("x-spam-flag", "YES")))
                .ignoredBy());
    }

    @Test
    void templatesReplaceKnownVariablesAndLeaveOthers() {
        assertEquals("Hola Lucía Ramos: ticket 2026112610000017 ({{ticket.owner}})", Templates.render(
                "Hola {{customer.name}}: ticket {{ ticket.number }} ({{ticket.owner}})",
                Map.of("customer.name", "Lucía Ramos", "ticket.number", "2026112610000017")));
        assertEquals("cuesta $5 \\ 10", Templates.render("cuesta {{x}}", Map.of("x", "$5 \\ 10")));
    }

    private static PostmasterFilter filter(String name, List<FilterMatch> matches) {
        PostmasterFilter filter = new PostmasterFilter(name);
        filter.define(name, 1, matches, false);
        return filter;
    }

    private static ParsedMail mail(String from, Map<String, String> headers) {
        Map<String, List<String>> all = new LinkedHashMap<>();
        headers.forEach((name, value) -> all.put(name, List.of(value)));
        return new ParsedMail("<1@cliente.pe>", null, List.of(), from, null, List.of("soporte@desk.example"), List.of(),
                headers.getOrDefault("subject", ""), null, all, "texto", null, List.of(), 100);
    }
}
