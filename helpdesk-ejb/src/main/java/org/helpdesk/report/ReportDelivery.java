package org.helpdesk.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.agent.Agent;
import org.helpdesk.mail.outbound.MailFile;
import org.helpdesk.mail.outbound.MailOutbox;
import org.helpdesk.report.StatisticDocuments.ChartType;
import org.helpdesk.settings.Logo;
import org.helpdesk.settings.Settings;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.shared.Messages;

/**
 * Mails a scheduled run, once it has finished, or a scheduled statistic to the schedule's recipients
 * through the outbox, in the caller's transaction: the PDF and the CSV in each recipient's language (an
 * agent's own, the schedule's for further addresses); for a run with the totals in the text and a link to
 * the report on screen.
 */
@ApplicationScoped
public class ReportDelivery {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailOutbox outbox;

    @Inject
    Settings settings;

    @EJB
    SettingsService logos;

    void deliver(ReportRun run, List<ReportRow> rows) {
        ReportSchedule schedule = em.find(ReportSchedule.class, run.getScheduleId());
        if (schedule == null) {
            return;
        }
        Map<Locale, List<MailFile>> files = new LinkedHashMap<>();
        recipients(schedule).forEach((address, locale) -> outbox.send(address, subject(schedule, run, locale), body(run, rows, locale),
                files.computeIfAbsent(Messages.supported(locale), l -> files(run, rows, l))));
    }

    /** Mails the schedule's statistic, computed in each recipient's language, as a PDF with its chart and a CSV. */
    void deliver(ReportSchedule schedule, Function<Locale, Statistic> statistic, ChartType chartType) {
        Map<Locale, Statistic> computed = new HashMap<>();
        Map<Locale, List<MailFile>> files = new HashMap<>();
        byte[] logo = logos.logo(Logo.Kind.HEADER).map(Logo::getContent).orElse(null);
        recipients(schedule).forEach((address, locale) -> {
            Locale language = Messages.supported(locale);
            Statistic shown = computed.computeIfAbsent(language, statistic);
            String period = ReportDocuments.period(shown.request().period(), language);
            String name = "statistic-" + DateTimeFormatter.ISO_LOCAL_DATE.format(shown.request().period().firstDay());
            outbox.send(address, Messages.format(language, "report.stats.mail.subject", schedule.getName(), period),
                    Messages.format(language, "report.stats.mail.body", shown.title(), period, settings.link("/reports/statistics.xhtml")),
                    files.computeIfAbsent(language, l -> List.of(
                            new MailFile(name + ".pdf", "application/pdf",
                                    StatisticDocuments.pdf(settings.current().getProductName(), logo, shown, chartType, l)),
                            new MailFile(name + ".csv", "text/csv; charset=UTF-8", StatisticDocuments.csv(shown, l)))));
        });
    }

    /** The schedule's recipients and the language of each one's mail. */
    private Map<String, Locale> recipients(ReportSchedule schedule) {
        Map<String, Locale> recipients = new LinkedHashMap<>();
        for (Long agentId : schedule.getAgentIds()) {
            Agent agent = em.find(Agent.class, agentId);
            if (agent != null && agent.isValid() && agent.getEmail() != null) {
                recipients.putIfAbsent(agent.getEmail(), Locale.forLanguageTag(agent.getLanguage()));
            }
        }
        schedule.getAddresses().forEach(address -> recipients.putIfAbsent(address, Locale.forLanguageTag(schedule.getLanguage())));
        return recipients;
    }

    private List<MailFile> files(ReportRun run, List<ReportRow> rows, Locale locale) {
        byte[] logo = logos.logo(Logo.Kind.HEADER).map(Logo::getContent).orElse(null);
        String name = "sla-" + DateTimeFormatter.ISO_LOCAL_DATE.format(run.getPeriod().firstDay());
        List<MailFile> files = new ArrayList<>();
        files.add(new MailFile(name + ".pdf", "application/pdf",
                ReportDocuments.pdf(new ReportDocuments.Heading(settings.current().getProductName(), run, logo), rows, locale)));
        files.add(new MailFile(name + ".csv", "text/csv; charset=UTF-8", ReportDocuments.csv(run, rows, locale)));
        return files;
    }

    private static String subject(ReportSchedule schedule, ReportRun run, Locale locale) {
        return Messages.format(locale, "report.mail.subject", schedule.getName(), ReportDocuments.period(run, locale));
    }

    private String body(ReportRun run, List<ReportRow> rows, Locale locale) {
        ReportRow total = rows.get(rows.size() - 1);
        return Messages.format(locale, "report.mail.body", ReportDocuments.period(run, locale), total.getCreated(),
                total.getClosed(), total.getBacklog(), percent(total.getFirstResponseMetPercent()),
                percent(total.getSolutionMetPercent()), settings.link("/reports/index.xhtml?run=" + run.getId()));
    }

    private static String percent(Double value) {
        return value == null ? "—" : value + " %";
    }
}
