package org.helpdesk.it;

import java.net.URL;
import java.util.Properties;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An administrator connects the desk's mailbox in a real Chromium, as section 3.2.5 of the
 * requirements does: a new IMAP account, "test connection", save, fetch now; the customer's mail
 * becomes a ticket, and the mail monitor links to it. A screenshot of the accounts page.
 */
@ExtendWith(ArquillianExtension.class)
class MailAdminBrowserIT {

    static final String MAILBOX = Fixtures.unique("mesa") + "@desk.example";
    static final String SUBJECT = Fixtures.unique("Correo no sincroniza");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Test
    @RunAsClient
    void theAdministratorConnectsTheMailboxAndTheMailBecomesATicket(@ArquillianResource URL base) throws Exception {
        customerWritesToTheDesk();
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("admin-mail", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-admin"));
                browser.click(By.id("mail-accounts"));

                browser.click(By.id("accounts:new"));
                browser.type(By.id("accounts:name"), "Mesa de ayuda " + MAILBOX);
                browser.choose("accounts:protocol", "IMAP");
                browser.waitForValue(By.id("accounts:port"), "143");
                browser.type(By.id("accounts:host"), "127.0.0.1");
                browser.type(By.id("accounts:port"), String.valueOf(TestMailServer.IMAP_PORT));
                browser.type(By.id("accounts:login"), MAILBOX);
                // the test mail server made the mailbox on delivery, with the address as password
                browser.type(By.id("accounts:password"), MAILBOX);
                browser.type(By.id("accounts:pollSeconds"), "3600");
                // the test mail server speaks IMAP without TLS: the administrator allows it explicitly
                browser.click(By.xpath("//div[@id='accounts:allowPlaintext']//div[contains(@class,'ui-chkbox-box')]"));
                browser.choose("accounts:queue", "Soporte Técnico (N1)");
                browser.click(By.id("accounts:test"));
                browser.waitForText(By.id("accounts:messages"), "Conexión correcta: 1 mensajes esperando.");
                browser.click(By.id("accounts:save"));
                browser.waitForText(By.id("accounts:messages"), "Cambios guardados.");

                String row = "//tr[td[normalize-space(.)='Mesa de ayuda " + MAILBOX + "']]";
                browser.click(By.xpath(row + "//button[contains(@id,':poll')]"));
                browser.waitForText(By.id("accounts:messages"), "Recogidos 1: 1 tickets nuevos");
                browser.screenshot("admin-mail-accounts");

                browser.click(By.id("nav-admin"));
                browser.click(By.id("mail-monitor"));
                browser.choose("received:show", "ticket nuevo");
                browser.follow(By.xpath("//tr[td[normalize-space(.)='" + SUBJECT + "']]//a"));
                browser.waitForText(By.id("ticket-title"), SUBJECT);
                browser.find(By.xpath("//div[contains(@class,'hd-article-body') and contains(., 'no sincroniza desde ayer')]"));
                // the mail ticket has its first-response target, with the time left
                browser.find(By.xpath("//dd[@id='firstResponseDue']/span[contains(@class,'hd-time-left') and starts-with(., 'en ')]"));

                // calendars and targets: a calendar the admin mistyped is refused in Spanish, nothing saved
                browser.click(By.id("nav-admin"));
                browser.click(By.id("escalation"));
                // the matrix shows the shipped priorities: medium impact and medium urgency give 3
                browser.find(By.xpath("//form[@id='matrix']//tr[3]/td[2]//option[@selected and normalize-space(.)='3 normal']"));
                browser.find(By.xpath("//form[@id='matrix']//tr[2]/td[1]//option[@selected and normalize-space(.)='5 muy alta']"));
                browser.click(By.id("calendars:new"));
                browser.type(By.id("calendars:name"), "Turno " + MAILBOX);
                browser.type(By.id("calendars:hours"), "lunes a viernes de 9 a 6");
                browser.click(By.id("calendars:save"));
                browser.waitForText(By.id("calendars:messages"), "Horario de atención: no se entiende «lunes a viernes de 9 a 6»");
                browser.type(By.id("calendars:hours"), "mon-fri 08:00-17:00");
                browser.click(By.id("calendars:save"));
                browser.waitForText(By.id("calendars:messages"), "Cambios guardados.");
                browser.find(By.xpath("//td[normalize-space(.)='Turno " + MAILBOX + "']"));
                browser.screenshot("admin-escalation");
            });
        }
    }

    /** The customer sends a mail over SMTP to the desk's mailbox. */
    private static void customerWritesToTheDesk() throws Exception {
        Properties smtp = new Properties();
        smtp.setProperty("mail.smtp.host", "127.0.0.1");
        smtp.setProperty("mail.smtp.port", String.valueOf(TestMailServer.MAILBOX_SMTP_PORT));
        MimeMessage message = new MimeMessage(Session.getInstance(smtp));
        message.setFrom(new InternetAddress("rocio.flores@cliente.pe", "Rocío Flores", "UTF-8"));
        message.setRecipients(Message.RecipientType.TO, MAILBOX);
        message.setSubject(SUBJECT, "UTF-8");
        message.setText("El correo del celular no sincroniza desde ayer.", "UTF-8");
        Transport.send(message);
    }
}
