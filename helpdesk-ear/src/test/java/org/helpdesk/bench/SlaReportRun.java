package org.helpdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Scenario 9, the SLA report (issue #15): "Ejecutar ahora" on Informes over a period ({@code report.from} to
 * {@code report.to}, dd/MM/yyyy; default the whole of the generated data's years), grouped by queue, then the
 * page looked at every half second until the run has finished. The run's time is the job's, as its history row
 * shows it; the server's resident memory is sampled meanwhile when {@code report.pid} names its process.
 * Needs an agent with rw on the stats group.
 */
final class SlaReportRun {

    private static final Pattern RUN = Pattern.compile("run=(\\d+)");
    private static final long TIMEOUT_NANOS = 600_000_000_000L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SlaReportRun() {
    }

    static Samples.Summary measure(DeskSession manager) throws Exception {
        String from = System.getProperty("report.from", DAY.format(LocalDate.now().minusYears(3)));
        String to = System.getProperty("report.to", DAY.format(LocalDate.now()));
        String grouping = System.getProperty("report.grouping", "QUEUE");
        String pid = System.getProperty("report.pid");
        Browser.Page page = manager.browser.get("reports/index.xhtml");
        String problem = DeskSession.checkPage(page, "id=\"params:run\"");
        if (problem != null) {
            throw new IllegalStateException("reports: " + problem + " (does the agent hold rw on the stats group?)");
        }
        Document document = page.document();
        long start = System.nanoTime();
        Browser.Page started = manager.browser.ajax(document, page.uri(), "params", "params:run", "params", "params shown history",
                Map.of("params:period_input", "CUSTOM", "params:from_input", from, "params:to_input", to,
                        "params:grouping_input", grouping), Map.of());
        String startProblem = DeskSession.checkPartial(started, "Informe iniciado");
        Matcher run = RUN.matcher(started.body());
        if (startProblem != null || !run.find()) {
            throw new IllegalStateException("Ejecutar ahora: " + (startProblem != null ? startProblem
                    : Browser.abbreviate(started.body())));
        }
        String runId = run.group(1);
        LoadDriver.log("report: run " + runId + " over " + from + " – " + to + " by " + grouping);
        long peakKb = 0;
        String status = "";
        Browser.Page shown = null;
        while (System.nanoTime() - start < TIMEOUT_NANOS) {
            Thread.sleep(500);
            peakKb = Math.max(peakKb, residentKb(pid));
            shown = manager.browser.get("reports/index.xhtml?run=" + runId);
            Document now = shown.document();
            status = now.select("#shown h2 .hd-meta").text();
            if (!status.contains("En curso") && !status.contains("Iniciando")) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Document finished = shown.document();
        // the newest run heads the history: its fifth column is how long the job took
        var newest = finished.select("[id=history:runs_data] tr").first();
        String duration = newest == null || newest.select("td").size() < 5 ? "?" : newest.select("td").get(4).text();
        String total = finished.select("tr.hd-report-total").text();
        LoadDriver.log(String.format("report: %s after %.1f s (job: %s); server resident memory at most %d MiB; total row: %s",
                status, seconds, duration, peakKb / 1024, total));
        boolean completed = status.contains("Terminado");
        return new Samples.Summary("report", String.format("SLA report %s – %s by %s (job %s; server at most %d MiB resident)",
                from, to, grouping, duration, peakKb / 1024), 1, 1, completed ? 0 : 1, Double.NaN, Double.NaN, Double.NaN,
                seconds * 1000, Double.NaN, completed ? List.of() : List.of(status));
    }

    /** The resident memory of a process, in KiB (0 when unknown). */
    private static long residentKb(String pid) {
        if (pid == null) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return 0;
        }
        return 0;
    }
}
