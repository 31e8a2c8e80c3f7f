package org.helpdesk.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scenario 10, TicketCreate through the Znuny-compatible REST API (issue #16): each of {@code clients}
 * clients opens a session (SessionCreate with the agent's login) and then creates tickets with one article,
 * one after another, for {@code load.warmup} seconds unmeasured and {@code load.duration} measured; the
 * customer is {@code load.customer}. A response counts as an error unless it is HTTP 200 with a TicketID.
 */
final class ApiTicketCreate {

    private static final AtomicLong NUMBER = new AtomicLong();
    private static final Pattern SESSION_ID = Pattern.compile("\"SessionID\"\\s*:\\s*\"([^\"]+)\"");

    private ApiTicketCreate() {
    }

    static Samples.Summary measure(LoadConfig config, Long queueId, int clients) throws Exception {
        URI api = URI.create(config.base() + "/api/otrs/Webservice/GenericTicketConnectorREST/");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Samples samples = new Samples("api", "TicketCreate", clients);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long measureFrom = start + config.warmup() * 1_000_000_000L;
        long end = measureFrom + config.duration() * 1_000_000_000L;
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                String session = session(http, api, config);
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    String problem;
                    try {
                        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api.resolve("Ticket"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(ticket(session, queueId, config.customer()))).build(),
                                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                        problem = answer.statusCode() == 200 && answer.body().contains("\"TicketID\"") ? null
                                : answer.statusCode() + " " + Browser.abbreviate(answer.body());
                    } catch (Exception e) {
                        problem = e.toString();
                    }
                    if (sent >= measureFrom) {
                        samples.add(System.nanoTime() - sent, problem);
                    }
                }
                return null;
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        samples.setSeconds((System.nanoTime() - measureFrom) / 1e9);
        return samples.summary();
    }

    private static String session(HttpClient http, URI api, LoadConfig config) throws Exception {
        String login = "{\"UserLogin\":\"" + config.user() + "\",\"Password\":\"" + config.password() + "\"}";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(api.resolve("Session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(login)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = SESSION_ID.matcher(answer.body());
        if (!id.find()) {
            throw new IllegalStateException("SessionCreate: " + answer.body());
        }
        return id.group(1);
    }

    /** The request's JSON (the texts need no escaping). */
    private static String ticket(String session, Long queueId, String customer) {
        long n = NUMBER.incrementAndGet();
        return String.format(java.util.Locale.ROOT, """
                {"SessionID":"%s",
                 "Ticket":{"Title":"Carga API %d: sin conexión en la sede","QueueID":%d,"State":"new","PriorityID":3,
                           "Type":"Incident","CustomerUser":"%s"},
                 "Article":{"CommunicationChannel":"Phone","SenderType":"customer","Subject":"Sin conexión %d",
                            "Body":"El enlace de la sede no responde desde las 9:00 (%d).","ContentType":"text/plain; charset=utf8"}}""",
                session, n, queueId == null ? 1 : queueId, customer, n, n);
    }
}
