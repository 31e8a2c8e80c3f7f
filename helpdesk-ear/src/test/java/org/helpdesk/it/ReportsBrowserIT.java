package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.ticket.TicketService;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A manager (the first administrator holds rw on the stats group) runs the SLA report of this month in a
 * real Chromium: the progress while it runs, then the chart and the table with its total; and schedules
 * the monthly report to be mailed; then builds a statistic and previews it as a chart and a table.
 * Screenshots of each for the README.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReportsBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TicketService tickets;

    @Inject
    Fixtures fixtures;

    /** Something to report on this month, whatever other tests ran before: a phone ticket in N1. */
    @Test
    @Order(1)
    void aTicketOfThisMonth() {
        Agent agent = fixtures.agent("informes", Map.of(Fixtures.SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
    }

    @Test
    @Order(2)
    @RunAsClient
    void aManagerRunsTheSlaReportAndSchedulesItMonthly(@ArquillianResource URL base) throws Exception {
        String scheduleName = Fixtures.unique("SLA mensual gerencia");
        String statisticName = Fixtures.unique("N1 y N2 por cola");
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("reports", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-reports"));

                browser.choose("params:period", "Este mes");
                browser.choose("params:grouping", "Cola");
                browser.click(By.id("params:run"));
                browser.waitForText(By.id("params:messages"), "Informe iniciado");
                // the page follows the run by itself until it has finished
                browser.waitForText(By.id("report-rows"), "Total");
                browser.find(By.xpath("//h2[contains(., 'Terminado')]"));
                browser.find(By.xpath("//table[@id='report-rows']//th[normalize-space(.)='1.ª resp. %']"));
                browser.waitUntil(() -> ((Number) browser.script("return document.getElementById('report-chart').naturalWidth;")).longValue() > 0);
                Object chartWidth = browser.script("return document.getElementById('report-chart').naturalWidth;");
                assertEquals(1000L, ((Number) chartWidth).longValue(), "the chart image was drawn");
                String pdf = browser.find(By.xpath("//*[@id='shown:pdf']/descendant-or-self::a")).getAttribute("href");
                assertTrue(pdf.contains("format=pdf"), pdf);
                browser.screenshot("reports");

                browser.click(By.id("schedules:new"));
                browser.type(By.id("schedules:name"), scheduleName);
                browser.type(By.id("schedules:addresses"), "gerencia@desk.example");
                browser.click(By.id("schedules:save"));
                browser.waitForText(By.id("schedules:messages"), "Cambios guardados.");
                browser.find(By.xpath("//tr[td[normalize-space(.)='" + scheduleName + "']]/td[contains(., 'Mensual, día 1, 07:00')]"));
                browser.screenshot("report-schedules");

                // statistics: the dashboards at once, then one built by hand, previewed before any export
                browser.click(By.id("to-statistics"));
                browser.waitForText(By.id("stat-title"), "Tickets creados");
                browser.click(By.id("stats:preset-services"));
                browser.find(By.xpath("//table[@id='stat-rows']//th[normalize-space(.)='Servicio']"));
                browser.click(By.id("stats:preset-trend"));
                browser.find(By.xpath("//table[@id='stat-rows']//th[normalize-space(.)='Tickets cerrados']"));
                browser.click(By.id("stats:preset-backlog"));
                browser.waitForText(By.id("stat-title"), "Abiertos ahora");
                browser.find(By.xpath("//table[@id='stat-rows']//td[normalize-space(.)='Soporte Técnico (N1)']"));
                browser.click(By.id("stats:preset-firstLine"));
                browser.waitForText(By.id("stat-title"), "Resueltos en N1");
                browser.tick("stats:measures", "Tickets creados");
                browser.choose("stats:axis", "Cola");
                browser.choose("stats:chartType", "Barras");
                browser.click(By.id("stats:preview"));
                browser.waitForText(By.xpath("//table[@id='stat-rows']//tr[1]/th[1]"), "Cola");
                browser.find(By.xpath("//table[@id='stat-rows']//th[normalize-space(.)='Tickets creados']"));
                browser.find(By.xpath("//table[@id='stat-rows']//th[normalize-space(.)='Pases de N1 a N2']"));
                browser.find(By.xpath("//table[@id='stat-rows']//td[normalize-space(.)='Soporte Técnico (N1)']"));
                browser.find(By.xpath("//div[@id='stats:chart']//canvas"));
                browser.script("document.getElementById('stats:measures').scrollIntoView();");
                browser.screenshot("statistics");
                browser.click(By.id("stats:pdf"));
                byte[] statisticPdf = browser.downloaded(".pdf");
                try (PDDocument document = Loader.loadPDF(statisticPdf)) {
                    String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                    assertTrue(text.contains("Soporte Técnico (N1)") && text.contains("Pases de N1 a N2"), text);
                }
                // saved with its relative period, then mailed every Monday from the reports page
                browser.choose("stats:span", "Últimos 30 días");
                browser.type(By.id("stats:save-name"), statisticName);
                browser.click(By.id("stats:save"));
                browser.waitForText(By.id("stats:messages"), "guardada");
                browser.click(By.id("to-reports"));
                browser.click(By.id("schedules:new"));
                browser.type(By.id("schedules:name"), statisticName + " semanal");
                browser.choose("schedules:what", statisticName);
                browser.choose("schedules:frequency", "Semanal");
                browser.type(By.id("schedules:agents_input"), "informes"); // the agent of the ticket above, with an address
                browser.click(By.xpath("//*[@id='schedules:agents_panel']//li[contains(@class, 'ui-autocomplete-item')][1]"));
                browser.find(By.xpath("//*[@id='schedules:agents']//li[contains(@class, 'ui-autocomplete-token')]"));
                browser.type(By.id("schedules:addresses"), "gerencia@desk.example");
                browser.click(By.id("schedules:save"));
                browser.waitForText(By.id("schedules:messages"), "Cambios guardados.");
                browser.find(By.xpath("//tr[td[normalize-space(.)='" + statisticName + " semanal']]/td[normalize-space(.)='" + statisticName + "']"));
                browser.find(By.xpath("//tr[td[normalize-space(.)='" + statisticName + " semanal']]/td[normalize-space(.)='2']"));
            });
        }
    }
}
