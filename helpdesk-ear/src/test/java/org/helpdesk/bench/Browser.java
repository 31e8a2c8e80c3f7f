package org.helpdesk.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One browser session against Helpdesk: a cookie jar of its own, pages fetched with redirects followed, Faces forms
 * posted with their hidden fields and view state, and PrimeFaces Ajax requests as the browser's scripts send them.
 * Not thread-safe: one virtual user per instance.
 */
final class Browser {

    private static final String VIEW_STATE = "jakarta.faces.ViewState";
    /** Where every response is written for debugging (system property {@code load.trace}), or null. */
    private static final Path TRACE = System.getProperty("load.trace") == null ? null : Path.of(System.getProperty("load.trace"));
    private static final AtomicInteger TRACE_COUNT = new AtomicInteger();

    private final URI base;
    private final HttpClient http;

    /**
     * @param base the application's address with a trailing slash, e.g. {@code http://localhost:8080/helpdesk/}
     */
    Browser(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                // browsers speak HTTP/1.1 to a plain-http server; no h2c upgrade attempts
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A page as received: its final address, status, body and the time it took (nanoseconds, body included). */
    record Page(URI uri, int status, String body, long nanos) {

        Document document() {
            return Jsoup.parse(body, uri.toString());
        }

        double millis() {
            return nanos / 1_000_000.0;
        }
    }

    URI resolve(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    /** GET of a page relative to the application, e.g. {@code agent/index.xhtml}. */
    Page get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(resolve(path)).GET().header("Accept", "text/html,application/xhtml+xml,*/*"));
    }

    /** GET with extra headers (such as {@code Authorization}). */
    Page get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(resolve(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /**
     * Submits a form of a page the way a click on a non-Ajax button does: all of the form's fields, the given ones
     * overriding them, and the button's name.
     */
    Page submit(Page page, String formId, String button, Map<String, String> fields) throws IOException, InterruptedException {
        Document document = page.document();
        Element form = form(document, formId);
        List<String[]> data = fields(form);
        override(data, fields);
        data.add(new String[] {button, ""});
        URI action = page.uri().resolve(form.attr("action"));
        return send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(data))));
    }

    /**
     * A PrimeFaces Ajax request from a form of {@code document}: the form serialised (as PrimeFaces does unless
     * partialSubmit is on), then the partial-request parameters and {@code extra}. The updates in the answer are
     * applied to {@code document}, so that the next request sends what the page now shows.
     *
     * @param source the client id of the component that fires, e.g. {@code list:tickets}
     * @param execute the client ids to process, space-separated ({@code @form} is the form's id)
     * @param render the client ids to update, space-separated
     */
    Page ajax(Document document, URI pageUri, String formId, String source, String execute, String render,
            Map<String, String> fields, Map<String, String> extra) throws IOException, InterruptedException {
        return ajax(document, pageUri, formId, source, execute, render, fields, extra, true);
    }

    /** As {@link #ajax(Document, URI, String, String, String, String, Map, Map)}; {@code apply} false leaves the page as it was. */
    Page ajax(Document document, URI pageUri, String formId, String source, String execute, String render,
            Map<String, String> fields, Map<String, String> extra, boolean apply) throws IOException, InterruptedException {
        Element form = form(document, formId);
        List<String[]> data = fields(form);
        override(data, fields);
        data.add(new String[] {"jakarta.faces.partial.ajax", "true"});
        data.add(new String[] {"jakarta.faces.source", source});
        data.add(new String[] {"jakarta.faces.partial.execute", execute});
        data.add(new String[] {"jakarta.faces.partial.render", render});
        if (!extra.containsKey("jakarta.faces.behavior.event")) {
            // without a behaviour event PrimeFaces names the source itself, so that e.g. a button sees its click
            data.add(new String[] {source, source});
        }
        extra.forEach((name, value) -> data.add(new String[] {name, value}));
        URI action = pageUri.resolve(form.attr("action"));
        Page answer = send(HttpRequest.newBuilder(action).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .POST(HttpRequest.BodyPublishers.ofString(encode(data))));
        if (apply && answer.status() == 200) {
            applyUpdates(document, answer.body());
        }
        return answer;
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        request.header("User-Agent", "Helpdesk-LoadDriver/1").timeout(Duration.ofSeconds(120));
        HttpRequest built = request.build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        long nanos = System.nanoTime() - start;
        if (TRACE != null) {
            trace(built, response);
        }
        return new Page(response.uri(), response.statusCode(), response.body(), nanos);
    }

    /** Writes a request's address and the response to the trace directory (system property {@code load.trace}). */
    private static void trace(HttpRequest request, HttpResponse<String> response) throws IOException {
        Files.createDirectories(TRACE);
        String name = String.format("%05d-%s-%d.txt", TRACE_COUNT.incrementAndGet(), request.method(), response.statusCode());
        Files.writeString(TRACE.resolve(name), request.method() + " " + request.uri() + "\n-> " + response.uri() + "\n\n"
                + response.body(), StandardCharsets.UTF_8);
    }

    private static Element form(Document document, String formId) {
        Element form = document.getElementById(formId);
        if (form == null || !form.normalName().equals("form")) {
            throw new IllegalStateException("no form '" + formId + "' on " + document.location() + ": "
                    + abbreviate(document.title()));
        }
        return form;
    }

    /** What a browser serialises of a form, buttons and file inputs left out. */
    static List<String[]> fields(Element form) {
        List<String[]> data = new ArrayList<>();
        for (Element field : form.select("input[name], select[name], textarea[name]")) {
            if (field.hasAttr("disabled")) {
                continue;
            }
            String name = field.attr("name");
            switch (field.normalName()) {
            case "select" -> {
                var selected = field.select("option[selected]");
                if (selected.isEmpty() && !field.hasAttr("multiple")) {
                    Element first = field.selectFirst("option");
                    if (first != null) {
                        data.add(new String[] {name, optionValue(first)});
                    }
                }
                selected.forEach(option -> data.add(new String[] {name, optionValue(option)}));
            }
            case "textarea" -> data.add(new String[] {name, field.wholeText()});
            default -> {
                String type = field.attr("type").toLowerCase();
                switch (type) {
                case "submit", "button", "image", "reset", "file" -> {
                    // buttons only when clicked; files are not sent by this driver
                }
                case "checkbox", "radio" -> {
                    if (field.hasAttr("checked")) {
                        data.add(new String[] {name, field.hasAttr("value") ? field.attr("value") : "on"});
                    }
                }
                default -> data.add(new String[] {name, field.attr("value")});
                }
            }
            }
        }
        return data;
    }

    private static String optionValue(Element option) {
        return option.hasAttr("value") ? option.attr("value") : option.text();
    }

    private static void override(List<String[]> data, Map<String, String> fields) {
        data.removeIf(pair -> fields.containsKey(pair[0]));
        fields.forEach((name, value) -> {
            if (value != null) {
                data.add(new String[] {name, value});
            }
        });
    }

    private static String encode(List<String[]> data) {
        return data.stream().map(pair -> URLEncoder.encode(pair[0], StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(pair[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    /**
     * Applies a Faces partial response to the page: each {@code <update>} replaces the element of its id, and the
     * view state updates set the forms' view state fields.
     */
    static void applyUpdates(Document document, String partialResponse) {
        Element known = document.selectFirst("input[name=" + VIEW_STATE + "]");
        String viewState = known == null ? null : known.attr("value");
        Document xml = Jsoup.parse(partialResponse, "", Parser.xmlParser());
        for (Element update : xml.select("update")) {
            String id = update.attr("id");
            String content = update.wholeText();
            if (id.contains(VIEW_STATE)) {
                viewState = content.trim();
                continue;
            }
            Element target = document.getElementById(id);
            if (target == null) {
                continue;
            }
            Element replacement = Jsoup.parseBodyFragment(content, document.location()).body();
            if (target.normalName().equals("form")) {
                // a re-rendered form: keep the element (and its place), take the new content and attributes
                Element newForm = replacement.getElementById(id);
                if (newForm != null) {
                    target.empty();
                    target.appendChildren(new ArrayList<>(newForm.childNodes()));
                    continue;
                }
            }
            target.before(content);
            target.remove();
        }
        // a re-rendered form comes without its view state field (Faces sends that as an update of its own)
        if (viewState != null) {
            for (Element form : document.select("form[method=post]")) {
                Element field = form.selectFirst("input[name=" + VIEW_STATE + "]");
                if (field == null) {
                    field = form.appendElement("input").attr("type", "hidden").attr("name", VIEW_STATE);
                }
                field.attr("value", viewState);
            }
        }
    }

    /** Whether a partial response reports an error or sends the browser elsewhere (session lost, error page). */
    static String partialProblem(String body) {
        if (!body.contains("<partial-response")) {
            return "not a partial response";
        }
        int error = body.indexOf("<error>");
        if (error >= 0) {
            return "partial-response error: " + abbreviate(Jsoup.parse(body.substring(error), "", Parser.xmlParser()).text());
        }
        int redirect = body.indexOf("<redirect");
        if (redirect >= 0) {
            return "partial-response redirect: " + abbreviate(body.substring(redirect));
        }
        return null;
    }

    static String abbreviate(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").trim();
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
