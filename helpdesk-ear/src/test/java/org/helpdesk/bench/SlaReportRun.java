package org.helpdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Scenario 9, the SLA report (issue #15): "Ejecutar ahora" on Informes over a period ({@code report.from} to
 * {@code report.to}, dd/MM/yyyy; default the whole of the generated data's years), grouped by queue, then the
 * page looked at every half second until the run has finished. The run's time is the job's, as its history row
 * shows it; the server's resident memory is sampled meanwhile when {@code report.pid} names its process.
 * Needs an agent with rw on the stats group.
 */
final class SlaReportRun {

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
        // as the browser does: choosing "Fechas" shows the date fields, then the run is started
        require("choosing the period", manager.browser.ajax(document, page.uri(), "params", "params:period", "params:period",
                "params:dates", Map.of("params:period_input", "CUSTOM"),
                Map.of("jakarta.faces.behavior.event", "change", "jakarta.faces.partial.event", "change")));
        long start = System.nanoTime();
        Browser.Page started = manager.browser.ajax(document, page.uri(), "params", "params:run", "params", "params shown history",
                Map.of("params:period_input", "CUSTOM", "params:from_input", from, "params:to_input", to,
                        "params:grouping_input", grouping), Map.of());
        String startProblem = DeskSession.checkPartial(started, "Informe iniciado");
        if (startProblem != null) {
            throw new IllegalStateException("Ejecutar ahora: " + startProblem);
        }
        LoadDriver.log("report: started over " + from + " – " + to + " by " + grouping);
        long peakKb = 0;
        String status = "";
        String duration = "?";
        Document finished = null;
        while (System.nanoTime() - start < TIMEOUT_NANOS) {
            Thread.sleep(500);
            peakKb = Math.max(peakKb, residentKb(pid));
            finished = manager.browser.get("reports/index.xhtml").document();
            // the newest run heads the history: its status, then how long the job took
            Element newest = finished.select("[id=history:runs_data] tr").first();
            if (newest != null && newest.select("td").size() > 4) {
                status = newest.select("td").get(3).text();
                duration = newest.select("td").get(4).text();
            }
            if (!status.equals("En curso") && !status.equals("Iniciando")) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        LoadDriver.log(String.format("report: %s after %.1f s (job: %s); server resident memory at most %d MiB",
                status, seconds, duration, peakKb / 1024));
        boolean completed = status.equals("Terminado");
        return new Samples.Summary("report", String.format("SLA report %s – %s by %s (job %s; server at most %d MiB resident)",
                from, to, grouping, duration, peakKb / 1024), 1, 1, completed ? 0 : 1, Double.NaN, Double.NaN, Double.NaN,
                seconds * 1000, Double.NaN, completed ? List.of() : List.of(status));
    }

    private static void require(String what, Browser.Page answer) {
        String problem = DeskSession.checkPartial(answer, null);
        if (problem != null) {
            throw new IllegalStateException(what + ": " + problem);
        }
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
