package org.helpdesk.web.ticket;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.helpdesk.report.ReportDocuments;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.ticket.TicketSummary;
import org.helpdesk.web.shared.Dates;
import org.helpdesk.web.shared.Labels;
import org.helpdesk.web.shared.LanguageView;
import org.helpdesk.web.shared.Texts;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A ticket list (search results, a queue) as CSV or PDF, with what the list shows now: the same columns
 * in the reader's language, read in pages of {@value #PAGE} up to {@value #LIMIT} tickets.
 */
@RequestScoped
public class TicketExports {

    static final int LIMIT = 10_000;
    private static final int PAGE = 500;

    @Inject
    Texts texts;

    @Inject
    Dates dates;

    @Inject
    Labels labels;

    @Inject
    LanguageView language;

    @EJB
    SettingsService settings;

    /** The list's pages: (first, page size) to the tickets there. */
    public interface Pages extends BiFunction<Integer, Integer, List<TicketSummary>> {
    }

    public StreamedContent csv(String name, Pages pages) {
        byte[] csv = ReportDocuments.csv(header(), records(pages), language.getLocale());
        return DefaultStreamedContent.builder().name(name + ".csv").contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(csv)).build();
    }

    /** A PDF with {@code title} and a line telling when it was made and {@code what} it lists. */
    public StreamedContent pdf(String name, String title, String what, Pages pages) {
        String subtitle = texts.get("export.pdf.subtitle", dates.format(Instant.now()), what);
        byte[] pdf = ReportDocuments.pdf(new ReportDocuments.Page(settings.current().getProductName(), null, title, subtitle, null,
                header(), records(pages), -1, null));
        return DefaultStreamedContent.builder().name(name + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private List<String> header() {
        return List.of(texts.get("ticket.number"), texts.get("ticket.created"), texts.get("field.title"), texts.get("field.queueId"),
                texts.get("field.stateId"), texts.get("field.priority"), texts.get("field.customerUserId"), texts.get("field.ownerId"));
    }

    private List<List<String>> records(Pages pages) {
        List<List<String>> records = new ArrayList<>();
        for (int first = 0; first < LIMIT; first += PAGE) {
            List<TicketSummary> page = pages.apply(first, PAGE);
            for (TicketSummary t : page) {
                records.add(List.of(t.number(), dates.format(t.createdAt()), t.title(), t.queue(), labels.state(t.state()),
                        String.valueOf(t.priority()), t.customer(), t.owner() == null ? "" : t.owner()));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return records;
    }
}
