package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client with a cookie jar that can post Faces forms, hidden fields included: a
 * browser without JavaScript.
 */
public final class WebClient {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    public HttpResponse<String> get(URI page) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of a cookie the server set, such as the session id {@code JSESSIONID}; null when there is none. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .reduce((first, last) -> last).orElse(null);
    }

    /** Loads a page with nothing but the given session id, as someone who learnt that id would. */
    public static HttpResponse<String> getWithSession(URI page, String sessionId) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(page).header("Cookie", "JSESSIONID=" + sessionId).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Logs in through the customer login page. */
    public HttpResponse<String> loginAsCustomer(URI loginPage, String login, String password) throws IOException, InterruptedException {
        return submit(loginPage, "login", Map.of("login:username", login, "login:password", password, "login:submit", ""));
    }

    /** Logs in through the agent login page. */
    public HttpResponse<String> loginAsAgent(URI loginPage, String login, String password) throws IOException, InterruptedException {
        return submit(loginPage, "login", Map.of("login:username", login, "login:password", password, "login:submit", ""));
    }

    /** Loads a page and posts one of its forms with the given fields, as a browser would. */
    public HttpResponse<String> submit(URI page, String formId, Map<String, String> fields) throws IOException, InterruptedException {
        Form form = form(page, formId, fields);
        String body = form.fields().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(form.action()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Loads a page and posts one of its forms as multipart/form-data, with a file of {@code fileSize} zero bytes in
     * {@code fileField}: the file is generated while it is sent, never held in memory.
     */
    public HttpResponse<String> submitWithFile(URI page, String formId, Map<String, String> fields, String fileField,
            String fileName, long fileSize) throws IOException, InterruptedException {
        Form form = form(page, formId, fields);
        String boundary = "----helpdesk-it-" + System.nanoTime();
        StringBuilder head = new StringBuilder();
        form.fields().forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n").append("Content-Disposition: form-data; name=\"").append(fileField)
                .append("\"; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(start),
                        new ZeroStream(fileSize), new ByteArrayInputStream(end))))), start.length + fileSize + end.length);
        return http.send(HttpRequest.newBuilder(form.action()).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Referer", page.toString()).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private record Form(URI action, Map<String, String> fields) {
    }

    /** The form's address and fields (hidden ones, the view state and the given ones). */
    private Form form(URI page, String formId, Map<String, String> fields) throws IOException, InterruptedException {
        String html = get(page).body();
        Matcher action = Pattern.compile("<form id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"").matcher(html);
        assertTrue(action.find(), html);
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertTrue(viewState.find(), html);
        Map<String, String> all = new HashMap<>();
        String form = html.substring(action.start(), html.indexOf("</form>", action.start()));
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(form);
        while (hidden.find()) {
            all.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        all.putAll(fields);
        all.put(formId, formId);
        all.put("jakarta.faces.ViewState", viewState.group(1));
        return new Form(page.resolve(action.group(1).replace("&amp;", "&")), all);
    }

    /** {@code size} zero bytes. */
    private static final class ZeroStream extends InputStream {

        private long left;

        ZeroStream(long size) {
            left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            Arrays.fill(buffer, offset, offset + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
