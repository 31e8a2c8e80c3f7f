package org.helpdesk.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Scenario 8, mail intake: an IMAP mailbox in this process (GreenMail, on 127.0.0.1), a Helpdesk mail account for it
 * made in Administración › Cuentas de correo, {@code messages} messages put into it, then "Consultar ahora" until all
 * of them are tickets. The fetch runs in that request, so its time is the intake's. Afterwards the account is switched
 * off (its mailbox goes away with the driver). Needs an administrator, and a server that reaches this machine's
 * 127.0.0.1 (the driver and Helpdesk on one machine).
 */
final class MailIntake {

    private static final String MAILBOX = "load-intake@example.com";
    private static final String SECRET = "load-intake-secret";
    /** The poll's message: "Recogidos N: M tickets nuevos..." / "Fetched N: M new tickets...". */
    private static final Pattern POLLED = Pattern.compile("(?:Recogidos|Fetched) ([\\d.,]+): ([\\d.,]+)");
    private static final long TIMEOUT_NANOS = 300_000_000_000L;

    private MailIntake() {
    }

    static Samples.Summary measure(LoadConfig config, DeskSession admin, long queueId, int messages) throws Exception {
        GreenMail server = new GreenMail(new ServerSetup(config.mailPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
        server.start();
        try {
            GreenMailUser user = server.setUser(MAILBOX, MAILBOX, SECRET);
            String name = "Carga IMAP " + System.currentTimeMillis();
            Browser.Page page = admin.browser.get("admin/mail-accounts.xhtml");
            String problem = DeskSession.checkPage(page, "id=\"accounts:new\"");
            if (problem != null) {
                throw new IllegalStateException("mail accounts: " + problem + " (is '" + config.adminUser() + "' an admin?)");
            }
            Document document = page.document();
            require("new mail account", admin.browser.ajax(document, page.uri(), "accounts", "accounts:new", "accounts", "accounts",
                    Map.of(), Map.of()));
            require("saving the mail account", admin.browser.ajax(document, page.uri(), "accounts", "accounts:save", "accounts",
                    "accounts", Map.ofEntries(Map.entry("accounts:name", name), Map.entry("accounts:protocol_input", "IMAP"),
                            Map.entry("accounts:host", "127.0.0.1"), Map.entry("accounts:port", String.valueOf(config.mailPort())),
                            Map.entry("accounts:login", MAILBOX), Map.entry("accounts:password", SECRET),
                            Map.entry("accounts:folder", "INBOX"), Map.entry("accounts:pollSeconds", "3600"),
                            Map.entry("accounts:queue_input", String.valueOf(queueId)),
                            Map.entry("accounts:allowPlaintext_input", "on"), Map.entry("accounts:valid_input", "on")),
                    Map.of()));
            String pollButton = rowButton(document, name, ":poll");
            LoadDriver.log("mail: account '" + name + "' for imap://127.0.0.1:" + config.mailPort() + " saved; delivering "
                    + messages + " messages");

            Session session = Session.getInstance(new Properties());
            for (int i = 0; i < messages; i++) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("cliente" + (i % 10) + "@correo-carga.example"));
                message.setRecipients(MimeMessage.RecipientType.TO, MAILBOX);
                message.setSubject("La impresora del piso " + (i % 7 + 1) + " no responde (" + (i + 1) + ")", "UTF-8");
                message.setText("Hola, la impresora del piso " + (i % 7 + 1) + " no imprime desde esta mañana.\nSaludos.", "UTF-8");
                message.setHeader("Message-ID", "<load-" + name.hashCode() + "-" + i + "@correo-carga.example>");
                user.deliver(message);
            }

            Samples polls = new Samples("mail", "Consultar ahora", 1);
            int fetched = 0;
            int tickets = 0;
            long start = System.nanoTime();
            while (tickets < messages && System.nanoTime() - start < TIMEOUT_NANOS) {
                Browser.Page answer = admin.browser.ajax(document, page.uri(), "accounts", pollButton, "accounts", "accounts", Map.of(),
                        Map.of());
                String pollProblem = DeskSession.checkPartial(answer, null);
                Matcher counts = POLLED.matcher(answer.body());
                if (pollProblem == null && !counts.find()) {
                    pollProblem = "no fetch report in the answer: "
                            + answer.body().substring(0, Math.min(answer.body().length(), 600));
                }
                polls.add(answer.nanos(), pollProblem);
                if (pollProblem != null) {
                    throw new IllegalStateException("Consultar ahora: " + pollProblem);
                }
                fetched += number(counts.group(1));
                tickets += number(counts.group(2));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            // a message leaves the mailbox at the fetch after the one that stored it: sustained intake includes that
            MailFolder inbox = server.getManagers().getImapHostManager().getInbox(user);
            while (inbox.getMessageCount() > 0 && System.nanoTime() - start < TIMEOUT_NANOS) {
                Browser.Page answer = admin.browser.ajax(document, page.uri(), "accounts", pollButton, "accounts", "accounts", Map.of(),
                        Map.of());
                String pollProblem = DeskSession.checkPartial(answer, null);
                polls.add(answer.nanos(), pollProblem);
                if (pollProblem != null) {
                    throw new IllegalStateException("Consultar ahora: " + pollProblem);
                }
            }
            double emptied = (System.nanoTime() - start) / 1e9;
            Samples.Summary fetches = polls.summary();
            LoadDriver.log(String.format("mail: %d messages fetched, %d new tickets in %.1f s; mailbox empty after %.1f s (%d fetches)",
                    fetched, tickets, seconds, emptied, fetches.count()));

            // switch the account off: its mailbox ends with this process
            require("editing the mail account", admin.browser.ajax(document, page.uri(), "accounts", rowButton(document, name, ":edit"),
                    "accounts", "accounts", Map.of(), Map.of()));
            Map<String, String> off = new HashMap<>();
            off.put("accounts:valid_input", null);
            require("switching the mail account off", admin.browser.ajax(document, page.uri(), "accounts", "accounts:save", "accounts",
                    "accounts", off, Map.of()));
            return new Samples.Summary("mail", String.format("%d messages to tickets (%d fetches; mailbox empty after %.1f s)",
                    messages, fetches.count(), emptied), 1, messages,
                    messages - tickets, Double.NaN, Double.NaN, Double.NaN, seconds * 1000, tickets / seconds, fetches.reasons());
        } finally {
            server.stop();
        }
    }

    /** A count as the page shows it, with the language's thousands separator ("2.000", "2,000"). */
    private static int number(String shown) {
        return Integer.parseInt(shown.replaceAll("[.,]", ""));
    }

    /** The client id of a button in the account table's row that names the account. */
    private static String rowButton(Document document, String account, String suffix) {
        for (Element row : document.select("[id=accounts:list] tr")) {
            if (row.text().contains(account)) {
                Element button = row.selectFirst("button[id$=" + suffix + "]");
                if (button != null) {
                    return button.id();
                }
            }
        }
        throw new IllegalStateException("no button " + suffix + " for mail account '" + account + "' in the list");
    }

    private static void require(String what, Browser.Page answer) {
        String problem = DeskSession.checkPartial(answer, null);
        if (problem == null) {
            problem = DemoData.formError(answer.body());
        }
        if (problem != null) {
            throw new IllegalStateException(what + ": " + problem);
        }
    }
}
