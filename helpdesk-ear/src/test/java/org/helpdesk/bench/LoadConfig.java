package org.helpdesk.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver's parameters: system properties {@code load.*} (as {@code mvn -Dload.url=...} sets them), overridden by
 * program arguments {@code name=value} (without the {@code load.} prefix).
 */
record LoadConfig(URI base, String user, String password, String adminUser, String adminPassword, String customer,
        String customerPassword, List<Integer> agents, int duration, int warmup, int iterations, int warmupIterations,
        Long queue, Long ticketFew, Long ticketMany, String commonWord, String rareWord, String metricsToken, Path csv,
        boolean setup, int setupTickets, int setupNotes, List<String> phases, int mail, int mailPort) {

    /** The parameters, their defaults and meaning, for the usage text. */
    static final String USAGE = """
            Parameters (-Dload.NAME=value, or NAME=value as program arguments):
              url               the application (http://localhost:8080/helpdesk)
              user, password    the agent who measures (required; admin rights needed for setup=true)
              adminUser, adminPassword   for the setup (default: user, password)
              customer, customerPassword a portal customer (load-customer@example.com / Carga-Prueba-2026);
                                the customer scenario is skipped when it cannot log in
              agents            concurrent agents of the mixed load, comma-separated (1,4,16)
              duration          seconds measured per mixed-load level (60)
              warmup            seconds of unmeasured mixed load before each level (10)
              iterations        measured requests per single scenario (50)
              warmupIterations  unmeasured requests per single scenario first (10)
              queue             queue id of the queue view (default: the first queue Helpdesk shows)
              ticketFew, ticketMany   ticket ids for the zoom (default: found in the queue view)
              commonWord, rareWord    search words (impresora, ornitorrinco)
              metricsToken      bearer token for /api/metrics (HELPDESK_METRICS_TOKEN; none: loopback only)
              csv               the CSV file (helpdesk-ear/target/load/helpdesk-load.csv)
              setup             true: first create a customer, tickets in the portal and a ticket with many notes (false)
              setupTickets, setupNotes   how many (60, 40)
              phases            single,mixed (both); also report: the SLA report (SlaReportRun: -Dreport.from,
                                -Dreport.to dd/MM/yyyy, -Dreport.grouping, -Dreport.pid for the server's memory);
                                api: TicketCreate through the REST API (ApiTicketCreate), at each number of agents
              mail              scenario 8: messages put into an IMAP mailbox (GreenMail in this process, 127.0.0.1)
                                that a new mail account fetches with "Consultar ahora"; 0 = skip (0; needs an admin)
              mailPort          that mailbox's IMAP port (3143)
              trace             a directory: every response is written there (debugging)
            """;

    static LoadConfig from(String[] args) {
        Map<String, String> values = new HashMap<>();
        System.getProperties().forEach((key, value) -> {
            if (key.toString().startsWith("load.")) {
                values.put(key.toString().substring(5), value.toString());
            }
        });
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("argument '" + arg + "' is not name=value\n" + USAGE);
            }
            values.put(arg.substring(0, equals).replaceFirst("^load\\.", ""), arg.substring(equals + 1));
        }
        // an unset Maven property arrives as its own ${...} text
        values.values().removeIf(value -> value.isBlank() || value.startsWith("${"));
        String url = values.getOrDefault("url", "http://localhost:8080/helpdesk");
        String user = values.get("user");
        String password = values.get("password");
        if (user == null || password == null) {
            throw new IllegalArgumentException("load.user and load.password are required\n" + USAGE);
        }
        return new LoadConfig(URI.create(url.endsWith("/") ? url : url + "/"), user, password,
                values.getOrDefault("adminUser", user), values.getOrDefault("adminPassword", password),
                values.getOrDefault("customer", "load-customer@example.com"),
                values.getOrDefault("customerPassword", "Carga-Prueba-2026"),
                Arrays.stream(values.getOrDefault("agents", "1,4,16").split(",")).map(String::trim).map(Integer::valueOf).toList(),
                integer(values, "duration", 60), integer(values, "warmup", 10), integer(values, "iterations", 50),
                integer(values, "warmupIterations", 10), number(values, "queue"), number(values, "ticketFew"),
                number(values, "ticketMany"), values.getOrDefault("commonWord", "impresora"),
                values.getOrDefault("rareWord", "ornitorrinco"), values.get("metricsToken"),
                Path.of(values.getOrDefault("csv", "helpdesk-ear/target/load/helpdesk-load.csv")),
                Boolean.parseBoolean(values.getOrDefault("setup", "false")), integer(values, "setupTickets", 60),
                integer(values, "setupNotes", 40),
                Arrays.stream(values.getOrDefault("phases", "single,mixed").split(",")).map(String::trim).toList(),
                integer(values, "mail", 0), integer(values, "mailPort", 3143));
    }

    private static int integer(Map<String, String> values, String name, int otherwise) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name).trim()) : otherwise;
    }

    private static Long number(Map<String, String> values, String name) {
        return values.containsKey(name) ? Long.valueOf(values.get(name).trim()) : null;
    }

    @Override
    public String toString() {
        return "url=" + base + " user=" + user + " customer=" + customer + " agents=" + agents + " duration=" + duration
                + "s warmup=" + warmup + "s iterations=" + iterations + " (warm-up " + warmupIterations + ") queue="
                + (queue == null ? "first" : queue) + " words=" + commonWord + "/" + rareWord + " setup=" + setup
                + " phases=" + phases + (mail > 0 ? " mail=" + mail : "") + " csv=" + csv;
    }
}
