package org.helpdesk.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;

/**
 * Makes a fresh desk worth measuring, through its screens as people would: a customer with a portal password
 * (Administración › Clientes), tickets opened in the portal (the common word in most of them, the rare word in one),
 * and one ticket with many internal notes added in the agent's zoom.
 */
final class DemoData {

    private static final String[] PROBLEMS = {"La %s no imprime en color", "La %s de la oficina 3 muestra papel atascado",
            "No puedo conectar la %s por red", "Error de controlador de la %s tras la actualización", "La %s se apaga sola",
            "Solicito una %s nueva para contabilidad"};
    private static final String[] DEVICES = {"impresora", "laptop", "pantalla", "VPN", "cuenta de correo", "impresora"};

    private static final Pattern ERROR_SUMMARY = Pattern.compile("ui-messages-error-summary\"[^>]*>([^<]*)");

    private final LoadConfig config;
    private final DeskSession admin;

    /** The ticket with one article and the one with many that the setup made (ids). */
    long fewArticles;
    long manyArticles;

    DemoData(LoadConfig config, DeskSession admin) {
        this.config = config;
        this.admin = admin;
    }

    /** Creates the customer with the configured login and password, unless that login already works. */
    void ensureCustomer() throws IOException, InterruptedException {
        try {
            new DeskSession(config.base()).login(false, config.customer(), config.customerPassword());
            log("customer '" + config.customer() + "' can log in");
            return;
        } catch (IllegalStateException e) {
            log("creating customer '" + config.customer() + "' (" + e.getMessage() + ")");
        }
        Browser.Page page = admin.browser.get("admin/customers.xhtml");
        String problem = DeskSession.checkPage(page, "id=\"customers:new\"");
        if (problem != null) {
            throw new IllegalStateException("customer administration: " + problem + " (is '" + config.adminUser() + "' an admin?)");
        }
        Document document = page.document();
        Browser.Page opened = admin.browser.ajax(document, page.uri(), "customers", "customers:new", "customers:new", "customers",
                Map.of(), Map.of());
        requireOk("new customer form", opened);
        Browser.Page saved = admin.browser.ajax(document, page.uri(), "customers", "customers:save", "customers", "customers",
                Map.of("customers:login", config.customer(), "customers:email", config.customer(), "customers:firstName", "Carga",
                        "customers:lastName", "Prueba", "customers:password", config.customerPassword(),
                        "customers:valid_input", "on", "customers:language_input", "es"), Map.of());
        requireOk("saving the customer", saved);
        new DeskSession(config.base()).login(false, config.customer(), config.customerPassword());
        log("customer '" + config.customer() + "' created");
    }

    /**
     * Opens {@code count} tickets in the portal as the customer, then adds {@code notes} internal notes to the first
     * one as the agent.
     */
    void createTickets(int count, int notes) throws IOException, InterruptedException {
        DeskSession customer = new DeskSession(config.base());
        customer.login(false, config.customer(), config.customerPassword());
        List<Long> created = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            String device = DEVICES[i % DEVICES.length];
            String subject = String.format(PROBLEMS[i % PROBLEMS.length], device) + " (" + (i + 1) + ")";
            String body = "Buenos días. " + subject + ". Ya reinicié el equipo y sigue igual. "
                    + (i == 1 ? "Adjunto foto del " + config.rareWord() + " que dejó el técnico. " : "")
                    + "Gracias por su ayuda.";
            Browser.Page form = customer.browser.get("customer/new-ticket.xhtml");
            requirePage("new ticket form", form, "id=\"new:create\"");
            Browser.Page ticket = customer.browser.submit(form, "new", "new:create", Map.of("new:subject", subject, "new:body", body));
            requirePage("new ticket", ticket, "id=\"ticket-title\"");
            List<Long> ids = DeskSession.ticketIds(ticket.uri().toString());
            if (ids.isEmpty()) {
                throw new IllegalStateException("new ticket: no id in " + ticket.uri());
            }
            created.add(ids.get(0));
        }
        log(String.format("%d tickets opened in the portal in %.1f s", count, (System.nanoTime() - start) / 1e9));
        manyArticles = created.get(0);
        fewArticles = created.get(created.size() - 1);
        Browser.Page zoom = admin.browser.get("agent/ticket.xhtml?id=" + manyArticles);
        requirePage("zoom", zoom, "id=\"zoom:send\"");
        Document document = zoom.document();
        start = System.nanoTime();
        for (int i = 0; i < notes; i++) {
            Browser.Page added = admin.browser.ajax(document, zoom.uri(), "zoom", "zoom:send", "zoom", "zoom",
                    Map.of("zoom:kind", "note", "zoom:subject", "Nota " + (i + 1),
                            "zoom:body", "Revisión " + (i + 1) + ": se probó otra bandeja de la impresora, sin cambios."), Map.of());
            requireOk("note " + (i + 1), added);
        }
        log(String.format("%d notes added to ticket id %d in %.1f s", notes, manyArticles, (System.nanoTime() - start) / 1e9));
    }

    private static void requireOk(String what, Browser.Page answer) {
        String problem = DeskSession.checkPartial(answer, null);
        if (problem == null) {
            problem = formError(answer.body());
        }
        if (problem != null) {
            throw new IllegalStateException(what + ": " + problem);
        }
    }

    private static void requirePage(String what, Browser.Page page, String marker) {
        String problem = DeskSession.checkPage(page, marker);
        if (problem == null) {
            problem = formError(page.body());
        }
        if (problem != null) {
            throw new IllegalStateException(what + ": " + problem);
        }
    }

    /** The first error message a (partial) page shows, or null. */
    static String formError(String html) {
        Matcher matcher = ERROR_SUMMARY.matcher(html);
        return matcher.find() ? "the form says: " + Browser.abbreviate(matcher.group(1)) : null;
    }

    private static void log(String message) {
        LoadDriver.log("setup: " + message);
    }
}
