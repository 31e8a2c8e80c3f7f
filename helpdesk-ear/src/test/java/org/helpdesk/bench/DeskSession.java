package org.helpdesk.bench;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A logged-in agent or customer and the pages the benchmarks measure. Each step answers an {@link Outcome}: the
 * response time and null or why the response counts as an error (HTTP status 400 or more, one of Helpdesk's error
 * pages, the login page instead of the wanted one, a Faces partial-response error, or a missing marker text).
 */
final class DeskSession {

    /** Titles of Helpdesk's error pages (Spanish and English), as {@code <title>} begins. */
    private static final List<String> ERROR_TITLES = List.of("Acceso denegado", "Página no encontrada", "Error inesperado",
            "Sesión expirada", "Access denied", "Page not found", "Unexpected error", "Session expired");
    private static final Pattern TICKET_LINK = Pattern.compile("ticket\\.xhtml\\?id=(\\d+)");

    /** One measured response. */
    record Outcome(long nanos, String problem, Browser.Page page) {
    }

    final Browser browser;
    private Browser.Page queuePage;
    private Document queueDocument;
    private Browser.Page searchPage;
    private Document searchDocument;
    private Browser.Page zoomPage;
    private Document zoomDocument;
    private Browser.Page newTicketPage;
    private Document newTicketDocument;

    DeskSession(URI base) {
        this.browser = new Browser(base);
    }

    /** Logs in through the agent or customer login page; fails with the page's words when that does not work. */
    void login(boolean agent, String login, String password) throws IOException, InterruptedException {
        Browser.Page form = browser.get(agent ? "login.xhtml" : "customer/login.xhtml");
        if (form.status() != 200) {
            throw new IllegalStateException("login page answered HTTP " + form.status());
        }
        Browser.Page home = browser.submit(form, "login", "login:submit", Map.of("login:username", login, "login:password", password));
        String wanted = agent ? "/agent/" : "/customer/index.xhtml";
        if (home.status() != 200 || !home.uri().getPath().contains(wanted)) {
            Element messages = home.document().getElementById("login:messages");
            throw new IllegalStateException((agent ? "agent" : "customer") + " login as '" + login + "' failed: HTTP "
                    + home.status() + " at " + home.uri() + (messages == null ? "" : " — " + Browser.abbreviate(messages.text())));
        }
        if (agent && home.uri().getPath().contains("preferences")) {
            throw new IllegalStateException("agent '" + login + "' must change the password first (Preferencias)");
        }
    }

    Outcome dashboard() throws IOException, InterruptedException {
        Browser.Page page = browser.get("agent/index.xhtml");
        return new Outcome(page.nanos(), checkPage(page, "id=\"dashboard\""), page);
    }

    /** The queue view of a queue (null: the one Helpdesk chooses, the first), first page; kept for {@link #queueNextPage}. */
    Outcome queue(Long queueId) throws IOException, InterruptedException {
        Browser.Page page = browser.get("agent/queues.xhtml" + (queueId == null ? "" : "?queue=" + queueId));
        String problem = checkPage(page, "id=\"queue-name\"");
        queuePage = page;
        queueDocument = problem == null ? page.document() : null;
        return new Outcome(page.nanos(), problem, page);
    }

    /** Whether the last queue view has a second page (its paginator offers one). */
    boolean queueHasNextPage() {
        return queueDocument != null && queueDocument.selectFirst("[id=list:tickets_paginator_bottom] .ui-paginator-next:not(.ui-state-disabled)") != null;
    }

    /** Pages the last queue view's lazy table, as a click on the paginator does: Ajax, rows only. */
    Outcome queueNextPage(int first, int rows) throws IOException, InterruptedException {
        if (queueDocument == null) {
            throw new IllegalStateException("no queue view loaded");
        }
        String table = "list:tickets";
        Browser.Page page = browser.ajax(queueDocument, queuePage.uri(), "list", table, table, table, Map.of(),
                Map.of(table + "_pagination", "true", table + "_first", String.valueOf(first), table + "_rows", String.valueOf(rows),
                        table + "_skipChildren", "true", table + "_encodeFeature", "true"), false);
        return new Outcome(page.nanos(), checkPartial(page, "hd-ticket-link"), page);
    }

    /** The ticket zoom, kept for {@link #knownSolutions}. */
    Outcome zoom(long ticketId) throws IOException, InterruptedException {
        Browser.Page page = browser.get("agent/ticket.xhtml?id=" + ticketId);
        String problem = checkPage(page, "id=\"ticket-title\"");
        zoomPage = page;
        zoomDocument = problem == null ? page.document() : null;
        return new Outcome(page.nanos(), problem, page);
    }

    /**
     * The last zoom's "Soluciones conocidas" (FAQ articles and similar solved tickets), as the browser asks for
     * it once the page is shown: the deferred panel's Ajax request.
     */
    Outcome knownSolutions() throws IOException, InterruptedException {
        if (zoomDocument == null) {
            throw new IllegalStateException("no zoom loaded");
        }
        String panel = "zoom:known-solutions";
        Browser.Page page = browser.ajax(zoomDocument, zoomPage.uri(), "zoom", panel, panel, panel, Map.of(),
                Map.of(panel + "_load", "true"), false);
        return new Outcome(page.nanos(), checkPartial(page, "similar-tickets"), page);
    }

    /** The customer portal's new-ticket form, kept for {@link #suggestions}. */
    Outcome newTicketForm() throws IOException, InterruptedException {
        Browser.Page page = browser.get("customer/new-ticket.xhtml");
        String problem = checkPage(page, "id=\"new:subject\"");
        newTicketPage = page;
        newTicketDocument = problem == null ? page.document() : null;
        return new Outcome(page.nanos(), problem, page);
    }

    /** The suggestions ("¿Ya existe una solución?") as the customer types {@code subject}: the keyup's Ajax request. */
    Outcome suggestions(String subject) throws IOException, InterruptedException {
        if (newTicketDocument == null) {
            throw new IllegalStateException("no new-ticket form loaded");
        }
        Browser.Page page = browser.ajax(newTicketDocument, newTicketPage.uri(), "new", "new:subject", "new:subject",
                "new:solutions", Map.of("new:subject", subject),
                Map.of("jakarta.faces.behavior.event", "keyup", "jakarta.faces.partial.event", "keyup"), false);
        return new Outcome(page.nanos(), checkPartial(page, "new:solutions"), page);
    }

    /** The agent's search page, kept for {@link #search}. */
    Outcome searchForm() throws IOException, InterruptedException {
        Browser.Page page = browser.get("agent/search.xhtml");
        String problem = checkPage(page, "id=\"search:find\"");
        searchPage = page;
        searchDocument = problem == null ? page.document() : null;
        return new Outcome(page.nanos(), problem, page);
    }

    /** A click on "Buscar" with a word in "Texto (título y artículos)": Ajax, the form with its results comes back. */
    Outcome search(String text) throws IOException, InterruptedException {
        if (searchDocument == null) {
            throw new IllegalStateException("no search page loaded");
        }
        Browser.Page page = browser.ajax(searchDocument, searchPage.uri(), "search", "search:find", "search", "search",
                Map.of("search:text", text), Map.of(), false);
        return new Outcome(page.nanos(), checkPartial(page, "search:results"), page);
    }

    /** The customer portal's "Mis tickets". */
    Outcome myTickets() throws IOException, InterruptedException {
        Browser.Page page = browser.get("customer/index.xhtml");
        return new Outcome(page.nanos(), checkPage(page, "id=\"mine:tickets\""), page);
    }

    /** {@code /api/metrics}, with the bearer token when one is given (without, only the server's own machine may read). */
    Outcome metrics(String token) throws IOException, InterruptedException {
        Browser.Page page = token == null || token.isBlank() ? browser.get("api/metrics")
                : browser.get("api/metrics", Map.of("Authorization", "Bearer " + token));
        String problem = page.status() >= 300 ? "HTTP " + page.status()
                : page.body().contains("helpdesk_tickets_total") ? null : "marker missing: helpdesk_tickets_total";
        return new Outcome(page.nanos(), problem, page);
    }

    /** The ticket ids a page links to (agent or customer ticket links), in page order. */
    static List<Long> ticketIds(String html) {
        Set<Long> ids = new LinkedHashSet<>();
        Matcher matcher = TICKET_LINK.matcher(html);
        while (matcher.find()) {
            ids.add(Long.parseLong(matcher.group(1)));
        }
        return new ArrayList<>(ids);
    }

    /** How many articles a zoom page shows. */
    static int articleCount(String html) {
        int count = 0;
        for (int at = html.indexOf("<article class=\"hd-article"); at >= 0; at = html.indexOf("<article class=\"hd-article", at + 1)) {
            count++;
        }
        return count;
    }

    /** How many ticket links a page or partial response holds (rows of a ticket table's page). */
    static int ticketLinks(String html) {
        int count = 0;
        for (int at = html.indexOf("hd-ticket-link"); at >= 0; at = html.indexOf("hd-ticket-link", at + 1)) {
            count++;
        }
        return count;
    }

    static String checkPage(Browser.Page page, String marker) {
        if (page.status() >= 400) {
            return "HTTP " + page.status() + " at " + page.uri().getPath();
        }
        String title = title(page.body());
        for (String error : ERROR_TITLES) {
            if (title.startsWith(error)) {
                return "error page '" + title + "' at " + page.uri().getPath();
            }
        }
        if (page.uri().getPath().endsWith("/login.xhtml")) {
            return "sent to the login page";
        }
        if (marker != null && !page.body().contains(marker)) {
            return "marker missing: " + marker + " at " + page.uri().getPath();
        }
        return null;
    }

    static String checkPartial(Browser.Page page, String marker) {
        if (page.status() >= 300) {
            return "HTTP " + page.status();
        }
        String problem = Browser.partialProblem(page.body());
        if (problem != null) {
            return problem;
        }
        return marker == null || page.body().contains(marker) ? null : "marker missing: " + marker;
    }

    private static String title(String html) {
        int start = html.indexOf("<title>");
        int end = start < 0 ? -1 : html.indexOf("</title>", start);
        return end < 0 ? "" : html.substring(start + 7, end).trim();
    }
}
