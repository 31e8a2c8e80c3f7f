package org.helpdesk.web.report;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.helpdesk.report.ReportRun;
import org.helpdesk.report.ReportService;
import org.helpdesk.shared.HelpdeskException;
import org.helpdesk.web.shared.LanguageView;

/**
 * A finished report as a file, in the reader's language: {@code ?run=&format=csv|pdf}, or its chart as
 * {@code format=png}. The service checks the caller may read reports; anything refused is "not found".
 */
@WebServlet("/reports/download")
public class ReportDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    ReportService reports;

    @Inject
    LanguageView language;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = language.getLocale();
        String format = String.valueOf(request.getParameter("format"));
        byte[] content;
        ReportRun run;
        try {
            long runId = Long.parseLong(request.getParameter("run"));
            run = reports.run(runId);
            content = switch (format) {
                case "csv" -> reports.csv(runId, locale);
                case "pdf" -> reports.pdf(runId, locale);
                case "png" -> reports.chart(runId, locale, 1000, 380);
                default -> null;
            };
        } catch (NumberFormatException | HelpdeskException e) {
            content = null;
            run = null;
        }
        if (content == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(switch (format) {
            case "csv" -> "text/csv; charset=UTF-8";
            case "pdf" -> "application/pdf";
            default -> "image/png";
        });
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (!"png".equals(format)) {
            String day = DateTimeFormatter.ISO_LOCAL_DATE.format(run.getPeriod().firstDay());
            response.setHeader("Content-Disposition", "attachment; filename=\"sla-" + day + "-" + run.getId() + "." + format + "\"");
        }
        response.setContentLength(content.length);
        response.getOutputStream().write(content);
    }
}
