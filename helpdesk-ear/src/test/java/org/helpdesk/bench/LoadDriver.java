package org.helpdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load driver for a running Helpdesk (issue #14): logs in like a browser and measures the agent's dashboard, queue
 * view (first page, and the second through the lazy table's Ajax), ticket zoom (few and many articles), full-text
 * search (rare and common word), the customer portal's ticket list and {@code /api/metrics}, one request after the
 * other; then a mixed load of N concurrent agents, each in a session of its own, looping over dashboard, queue,
 * zoom and search without think time for a fixed time. A warm-up precedes every measurement and is left out of the
 * figures. Prints a Markdown table and writes a CSV file.
 *
 * <p>Run: {@code mvn -pl helpdesk-ear -Pload -Dload.user=admin -Dload.password=...} (see {@link LoadConfig#USAGE}).
 */
public final class LoadDriver {

    private static final Pattern QUEUE_PARAM = Pattern.compile("queues\\.xhtml\\?queue=(\\d+)");
    private static final int PAGE_ROWS = 25;
    /** What the measured customer types as a new ticket's subject: common words of the generated desk. */
    private static final String SUBJECT = "La impresora no imprime";

    private final LoadConfig config;
    private final List<Samples> results = new ArrayList<>();
    /** Rows measured otherwise (mail intake). */
    private final List<Samples.Summary> extra = new ArrayList<>();
    private DeskSession admin;

    private Long queueId;
    private List<Long> queueTickets = List.of();
    private boolean queueHasPage2;
    private long fewArticles;
    private long manyArticles;
    private int fewCount;
    private int manyCount;

    private LoadDriver(LoadConfig config) {
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        new LoadDriver(LoadConfig.from(args)).run();
    }

    private void run() throws Exception {
        log("Helpdesk load driver: " + config);
        DeskSession agent = new DeskSession(config.base());
        agent.login(true, config.user(), config.password());
        if (config.setup()) {
            DemoData data = new DemoData(config, admin(agent));
            data.ensureCustomer();
            data.createTickets(config.setupTickets(), config.setupNotes());
            fewArticles = data.fewArticles;
            manyArticles = data.manyArticles;
        }
        discover(agent);
        DeskSession customer = customer();
        if (config.phases().contains("single")) {
            single(agent, customer);
        }
        if (config.phases().contains("mixed")) {
            for (int users : config.agents()) {
                mixed(users);
            }
        }
        if (config.phases().contains("report")) {
            try {
                extra.add(SlaReportRun.measure(agent));
            } catch (Exception e) {
                log("report failed: " + e);
            }
        }
        if (config.phases().contains("api")) {
            for (int clients : config.agents()) {
                try {
                    extra.add(ApiTicketCreate.measure(config, queueId, clients));
                } catch (Exception e) {
                    log("api failed: " + e);
                }
            }
        }
        if (config.mail() > 0) {
            try {
                extra.add(MailIntake.measure(config, admin(agent), queueId, config.mail()));
            } catch (Exception e) {
                log("mail intake failed: " + e);
            }
        }
        report();
    }

    /** The administrator's session: the agent's when they are the same login. */
    private DeskSession admin(DeskSession agent) throws IOException, InterruptedException {
        if (admin == null) {
            if (config.adminUser().equals(config.user())) {
                admin = agent;
            } else {
                admin = new DeskSession(config.base());
                admin.login(true, config.adminUser(), config.adminPassword());
            }
        }
        return admin;
    }

    /** Finds the queue, its tickets, whether it has a second page, and the zoom's tickets with few and many articles. */
    private void discover(DeskSession agent) throws IOException, InterruptedException {
        DeskSession.Outcome queue = agent.queue(config.queue());
        if (queue.problem() != null) {
            throw new IllegalStateException("queue view: " + queue.problem());
        }
        String html = queue.page().body();
        Matcher selected = QUEUE_PARAM.matcher(queue.page().document().select("li.hd-selected a").attr("href"));
        Matcher any = QUEUE_PARAM.matcher(html);
        queueId = config.queue() != null ? config.queue()
                : selected.find() ? Long.valueOf(selected.group(1)) : any.find() ? Long.valueOf(any.group(1)) : null;
        queueTickets = DeskSession.ticketIds(html);
        queueHasPage2 = agent.queueHasNextPage();
        log("queue id " + queueId + " '" + Browser.abbreviate(queue.page().document().select("#queue-name").text()) + "': "
                + queueTickets.size() + " tickets on the first page" + (queueHasPage2 ? ", a second page" : ", no second page"));
        if (queueHasPage2) {
            DeskSession.Outcome page2 = agent.queueNextPage(PAGE_ROWS, PAGE_ROWS);
            List<Long> ids = DeskSession.ticketIds(page2.page().body());
            long repeated = ids.stream().filter(queueTickets::contains).count();
            log("queue page 2 (Ajax): " + (page2.problem() != null ? page2.problem()
                    : ids.size() + " tickets, " + repeated + " of them also on page 1"));
        }
        if (config.ticketFew() != null) {
            fewArticles = config.ticketFew();
        }
        if (config.ticketMany() != null) {
            manyArticles = config.ticketMany();
        }
        if (fewArticles == 0 || manyArticles == 0) {
            if (queueTickets.isEmpty()) {
                throw new IllegalStateException("no tickets in the queue view: give load.ticketFew/ticketMany, another "
                        + "load.queue, or run with load.setup=true on a fresh desk");
            }
            // the fewest and most articles among the first page's tickets
            Map<Long, Integer> counts = new LinkedHashMap<>();
            for (long id : queueTickets) {
                counts.put(id, DeskSession.articleCount(agent.zoom(id).page().body()));
            }
            if (fewArticles == 0) {
                fewArticles = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
            if (manyArticles == 0) {
                manyArticles = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            }
        }
        fewCount = DeskSession.articleCount(agent.zoom(fewArticles).page().body());
        manyCount = DeskSession.articleCount(agent.zoom(manyArticles).page().body());
        log("zoom: ticket id " + fewArticles + " (" + fewCount + " articles), ticket id " + manyArticles + " (" + manyCount
                + " articles)");
        for (String word : List.of(config.rareWord(), config.commonWord())) {
            agent.searchForm();
            DeskSession.Outcome found = agent.search(word);
            log("search '" + word + "': " + (found.problem() != null ? found.problem()
                    : DeskSession.ticketLinks(found.page().body()) + " tickets on the first results page"));
        }
    }

    /** The customer's session, or null (with the reason logged) when the customer cannot log in. */
    private DeskSession customer() {
        DeskSession customer = new DeskSession(config.base());
        try {
            customer.login(false, config.customer(), config.customerPassword());
            return customer;
        } catch (Exception e) {
            log("customer scenario skipped: " + e.getMessage() + " (set load.customer/customerPassword, or load.setup=true)");
            return null;
        }
    }

    /** A measured step of a virtual user. */
    @FunctionalInterface
    private interface Step {
        DeskSession.Outcome run() throws Exception;
    }

    /** Scenarios 1–6, each alone: warm-up requests, then the measured ones, one after the other. */
    private void single(DeskSession agent, DeskSession customer) throws Exception {
        Map<String, Step> steps = new LinkedHashMap<>();
        steps.put("dashboard (GET)", agent::dashboard);
        steps.put("queue view, page 1 (GET)", () -> agent.queue(queueId));
        if (queueHasPage2) {
            steps.put("queue view, page 2 (Ajax)", () -> agent.queueNextPage(PAGE_ROWS, PAGE_ROWS));
        }
        steps.put("zoom, " + fewCount + " article(s) (GET)", () -> agent.zoom(fewArticles));
        steps.put("zoom, " + manyCount + " articles (GET)", () -> agent.zoom(manyArticles));
        // the panel reads once per zoom shown: every measured request follows a new zoom (not measured)
        steps.put("zoom: known solutions (deferred Ajax)", () -> {
            agent.zoom(fewArticles);
            return agent.knownSolutions();
        });
        steps.put("search form (GET)", agent::searchForm);
        steps.put("search '" + config.rareWord() + "' (Ajax)", () -> agent.search(config.rareWord()));
        steps.put("search '" + config.commonWord() + "' (Ajax)", () -> agent.search(config.commonWord()));
        if (customer != null) {
            steps.put("customer: my tickets (GET)", customer::myTickets);
            steps.put("customer: new ticket form (GET)", customer::newTicketForm);
            steps.put("customer: suggestions for '" + SUBJECT + "' (Ajax)", () -> customer.suggestions(SUBJECT));
        }
        steps.put("/api/metrics (GET)", () -> agent.metrics(config.metricsToken()));
        for (Map.Entry<String, Step> step : steps.entrySet()) {
            String name = step.getKey();
            if (name.contains("page 2")) {
                agent.queue(queueId); // the view whose table is paged
            } else if (name.startsWith("search '")) {
                agent.searchForm(); // the form the search is sent from
            } else if (name.startsWith("customer: suggestions")) {
                customer.newTicketForm(); // the form the subject is typed in
            }
            Samples warm = new Samples("warm-up", name, 1);
            for (int i = 0; i < config.warmupIterations(); i++) {
                measure(warm, step.getValue());
            }
            Samples samples = new Samples("single", name, 1);
            long start = System.nanoTime();
            for (int i = 0; i < config.iterations(); i++) {
                measure(samples, step.getValue());
            }
            samples.setSeconds((System.nanoTime() - start) / 1e9);
            results.add(samples);
            Samples.Summary summary = samples.summary();
            log(String.format(Locale.ROOT, "%-40s p50 %8.1f ms  p95 %8.1f ms  errors %d", name, summary.p50(), summary.p95(),
                    summary.errors()));
        }
    }

    /**
     * Scenario 7: {@code users} agents, each logged in with a session of its own, loop over dashboard, queue view
     * (and its second page), zoom and search without think time; {@code warmup} seconds unmeasured, then
     * {@code duration} seconds measured.
     */
    private void mixed(int users) throws Exception {
        log("mixed load, " + users + " agent(s): logging in");
        List<DeskSession> sessions = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            DeskSession session = new DeskSession(config.base());
            session.login(true, config.user(), config.password());
            sessions.add(session);
        }
        Map<String, Samples> pages = new LinkedHashMap<>();
        for (String page : List.of("dashboard (GET)", "queue view, page 1 (GET)", "queue view, page 2 (Ajax)", "zoom (GET)",
                "zoom: known solutions (Ajax)", "search form (GET)", "search (Ajax)")) {
            if (queueHasPage2 || !page.contains("page 2")) {
                pages.put(page, new Samples("mixed", page, users));
            }
        }
        Samples all = new Samples("mixed", "all pages", users);
        Samples warm = new Samples("warm-up", "mixed", users);
        List<Long> zoomTargets = new ArrayList<>(queueTickets);
        zoomTargets.add(fewArticles);
        zoomTargets.add(manyArticles);
        long warmEnd = System.nanoTime() + config.warmup() * 1_000_000_000L;
        long end = warmEnd + config.duration() * 1_000_000_000L;
        AtomicReference<Throwable> failure = new AtomicReference<>();
        log("mixed load, " + users + " agent(s): " + config.warmup() + " s warm-up, " + config.duration() + " s measured");
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            DeskSession session = sessions.get(i);
            int user = i;
            Thread thread = new Thread(() -> {
                try {
                    int round = user;
                    while (System.nanoTime() < end) {
                        ThreadLocalRandom random = ThreadLocalRandom.current();
                        long zoom = zoomTargets.get(random.nextInt(zoomTargets.size()));
                        String word = round++ % 2 == 0 ? config.commonWord() : config.rareWord();
                        Map<String, Step> loop = new LinkedHashMap<>();
                        loop.put("dashboard (GET)", session::dashboard);
                        loop.put("queue view, page 1 (GET)", () -> session.queue(queueId));
                        if (queueHasPage2) {
                            loop.put("queue view, page 2 (Ajax)", () -> session.queueNextPage(PAGE_ROWS, PAGE_ROWS));
                        }
                        loop.put("zoom (GET)", () -> session.zoom(zoom));
                        loop.put("zoom: known solutions (Ajax)", session::knownSolutions);
                        loop.put("search form (GET)", session::searchForm);
                        loop.put("search (Ajax)", () -> session.search(word));
                        for (Map.Entry<String, Step> step : loop.entrySet()) {
                            long started = System.nanoTime();
                            if (started >= end) {
                                break;
                            }
                            boolean measured = started >= warmEnd;
                            Samples target = measured ? pages.get(step.getKey()) : warm;
                            DeskSession.Outcome outcome = measure(target, step.getValue());
                            if (measured) {
                                all.add(outcome == null ? System.nanoTime() - started : outcome.nanos(),
                                        outcome == null ? "exception" : outcome.problem());
                            }
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "agent-" + (i + 1));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("a virtual agent failed", failure.get());
        }
        for (Samples samples : pages.values()) {
            samples.setSeconds(config.duration());
            results.add(samples);
        }
        all.setSeconds(config.duration());
        results.add(all);
        Samples.Summary summary = all.summary();
        log(String.format(Locale.ROOT, "mixed load, %d agent(s): %d responses, %.1f/s, p50 %.1f ms, p95 %.1f ms, errors %d", users,
                summary.count(), summary.throughput(), summary.p50(), summary.p95(), summary.errors()));
    }

    /** Runs a step and records it; an exception counts as an error with the time until it came. Null on an exception. */
    private static DeskSession.Outcome measure(Samples samples, Step step) {
        long start = System.nanoTime();
        try {
            DeskSession.Outcome outcome = step.run();
            samples.add(outcome.nanos(), outcome.problem());
            return outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            samples.add(System.nanoTime() - start, e.getClass().getSimpleName() + ": " + Browser.abbreviate(e.getMessage()));
            return null;
        }
    }

    private void report() throws IOException {
        List<Samples.Summary> rows = new ArrayList<>(results.stream().map(Samples::summary).toList());
        rows.addAll(extra);
        StringBuilder markdown = new StringBuilder();
        markdown.append("\n## Helpdesk load test, ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append("\n\n").append(config.base()).append(" — queue ").append(queueId).append(", zoom tickets ")
                .append(fewArticles).append(" (").append(fewCount).append(" articles) and ").append(manyArticles).append(" (")
                .append(manyCount).append(" articles); times in ms, throughput in responses/s\n\n")
                .append("| Phase | Scenario | Agents | Count | Errors | p50 | p95 | p99 | Max | Throughput |\n")
                .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Samples.Summary row : rows) {
            markdown.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %s | %s | %s | %s | %s |%n", row.phase(),
                    row.scenario(), row.users(), row.count(), row.errors(), cell(row.p50()), cell(row.p95()), cell(row.p99()), cell(row.max()),
                    cell(row.throughput())));
        }
        List<Samples.Summary> failed = rows.stream().filter(row -> row.errors() > 0).toList();
        if (!failed.isEmpty()) {
            markdown.append("\nErrors (first reasons):\n\n");
            for (Samples.Summary row : failed) {
                markdown.append("- ").append(row.phase()).append(" / ").append(row.scenario()).append(" / ").append(row.users())
                        .append(": ").append(String.join("; ", row.reasons())).append('\n');
            }
        }
        System.out.println(markdown);

        Files.createDirectories(config.csv().toAbsolutePath().getParent());
        List<String> lines = new ArrayList<>();
        lines.add("phase,scenario,agents,count,errors,p50_ms,p95_ms,p99_ms,max_ms,throughput_per_s");
        rows.forEach(row -> lines.add(String.format(Locale.ROOT, "%s,%s,%d,%d,%d,%s,%s,%s,%s,%s", row.phase(),
                        csv(row.scenario()), row.users(), row.count(), row.errors(), number(row.p50(), 2), number(row.p95(), 2),
                        number(row.p99(), 2), number(row.max(), 2), number(row.throughput(), 2))));
        try {
            Files.write(config.csv(), lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config.csv(), e);
        }
        log("CSV written to " + config.csv().toAbsolutePath());
    }

    /** A figure for the Markdown table: one decimal, a dash when there is none. */
    private static String cell(double value) {
        return Double.isNaN(value) ? "–" : number(value, 1);
    }

    /** A figure with the given decimals; empty when there is none (NaN). */
    private static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    static void log(String message) {
        System.out.println("[load] " + message);
        System.out.flush();
    }
}
