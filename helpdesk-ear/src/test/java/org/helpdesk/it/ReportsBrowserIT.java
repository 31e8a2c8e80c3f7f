package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A manager (the first administrator holds rw on the stats group) runs the SLA report of this month in a
 * real Chromium: the progress while it runs, then the chart and the table with its total; and schedules
 * the monthly report to be mailed. Screenshots of both for the README.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Test
    @RunAsClient
    void aManagerRunsTheSlaReportAndSchedulesItMonthly(@ArquillianResource URL base) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("America/Lima"));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String scheduleName = Fixtures.unique("SLA mensual gerencia");
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("reports", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-reports"));

                browser.choose("params:period", "Fechas");
                browser.type(By.id("params:from_input"), day.format(today.withDayOfMonth(1)));
                browser.type(By.id("params:to_input"), day.format(today));
                browser.choose("params:grouping", "Cola");
                browser.click(By.id("params:run"));
                browser.waitForText(By.id("params:messages"), "Informe iniciado");
                // the page follows the run by itself until it has finished
                browser.waitForText(By.id("report-rows"), "Total");
                browser.find(By.xpath("//h2[contains(., 'Terminado')]"));
                browser.find(By.xpath("//table[@id='report-rows']//th[normalize-space(.)='1.ª resp. %']"));
                Object chartWidth = browser.script("return document.getElementById('shown:chart').naturalWidth;");
                assertEquals(1000L, ((Number) chartWidth).longValue(), "the chart image was drawn");
                String pdf = browser.find(By.id("shown:pdf")).getAttribute("href");
                assertTrue(pdf.contains("format=pdf"), pdf);
                browser.screenshot("reports");

                browser.click(By.id("schedules:new"));
                browser.type(By.id("schedules:name"), scheduleName);
                browser.type(By.id("schedules:addresses"), "gerencia@desk.example");
                browser.click(By.id("schedules:save"));
                browser.waitForText(By.id("schedules:messages"), "Cambios guardados.");
                browser.find(By.xpath("//tr[td[normalize-space(.)='" + scheduleName + "']]/td[contains(., 'Mensual, día 1, 07:00')]"));
                browser.screenshot("report-schedules");
            });
        }
    }
}
