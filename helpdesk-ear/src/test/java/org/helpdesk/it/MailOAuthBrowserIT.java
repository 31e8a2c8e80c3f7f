package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.Properties;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.mail.inbound.MailAccount;
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
 * An administrator connects a mailbox that signs in with OAuth2, in a real Chromium: the form with the
 * provider's endpoints and the redirect address to register, "Autorizar", the provider's consent (the test's
 * own provider agrees at once) and back to Helpdesk, which says the mailbox is authorized; "Consultar ahora"
 * then fetches its mail over XOAUTH2. A screenshot of the form.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailOAuthBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    TestMailServer mail;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    /** A mailbox that only the provider's tokens open, with one message waiting. */
    @Test
    @Order(1)
    void aMailboxWithMailWaiting() throws Exception {
        String mailbox = Fixtures.unique("gmail") + "@desk.example";
        mail.mailbox(mailbox, "no-password-" + java.util.UUID.randomUUID());
        TestOAuthServer.mailbox = mailbox;
        TestOAuthServer.expiresIn = 3600;
        jakarta.mail.internet.MimeMessage message = new jakarta.mail.internet.MimeMessage(
                jakarta.mail.Session.getInstance(new Properties()));
        message.setFrom("rocio.flores@cliente.pe");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, mailbox);
        message.setSubject("El escáner no envía a la carpeta compartida", "UTF-8");
        message.setText("Desde ayer el escáner no guarda en la carpeta compartida.", "UTF-8");
        message.saveChanges();
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        message.writeTo(bytes);
        mail.deliver(mailbox, bytes.toByteArray());
        Properties shared = new Properties();
        shared.setProperty("mailbox", mailbox);
        HandOver.save("mail-oauth-browser-it", shared);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAdministratorAuthorizesTheMailboxAndItsMailIsFetched(@ArquillianResource URL base) throws Exception {
        Properties shared = HandOver.load("mail-oauth-browser-it");
        String mailbox = shared.getProperty("mailbox");
        String name = "Buzón OAuth2 " + mailbox;
        try (Browser browser = new Browser()) {
            browser.recordOnFailure("admin-mail-oauth", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-admin"));
                browser.click(By.id("mail-accounts"));

                browser.click(By.id("accounts:new"));
                browser.type(By.id("accounts:name"), name);
                browser.choose("accounts:protocol", "IMAP");
                browser.waitForValue(By.id("accounts:port"), "143");
                browser.type(By.id("accounts:host"), "127.0.0.1");
                browser.type(By.id("accounts:port"), String.valueOf(TestMailServer.IMAP_PORT));
                browser.type(By.id("accounts:login"), mailbox);
                browser.type(By.id("accounts:pollSeconds"), "3600");
                browser.click(By.xpath("//div[@id='accounts:allowPlaintext']//div[contains(@class,'ui-chkbox-box')]"));
                browser.choose("accounts:queue", "Soporte Técnico (N1)");
                browser.choose("accounts:authentication", "OAuth2 · Otro proveedor");
                browser.waitForText(By.id("redirect-uri"), "/admin/oauth-callback");
                browser.type(By.id("accounts:clientId"), TestOAuthServer.CLIENT_ID);
                browser.type(By.id("accounts:clientSecret"), TestOAuthServer.CLIENT_SECRET);
                browser.type(By.id("accounts:authorizationEndpoint"), base + "it/oauth/authorize");
                browser.type(By.id("accounts:tokenEndpoint"), base + "it/oauth/token");
                browser.type(By.id("accounts:scopes"), "mail offline");
                // it sends what its queue answers from its address too, through the provider's SMTP server
                browser.click(By.xpath("//div[@id='accounts:sendsMail']//div[contains(@class,'ui-chkbox-box')]"));
                browser.type(By.id("accounts:smtpHost"), "127.0.0.1");
                browser.type(By.id("accounts:smtpPort"), String.valueOf(TestMailServer.MAILBOX_SMTPS_PORT));
                browser.click(By.xpath("//div[@id='accounts:smtpSsl']//div[contains(@class,'ui-chkbox-box')]"));
                browser.screenshot("admin-mail-oauth");
                browser.click(By.id("accounts:save"));
                browser.waitForText(By.id("accounts:messages"), "Cambios guardados.");

                String row = "//tr[td[normalize-space(.)='" + name + "']]";
                browser.find(By.xpath(row + "//span[contains(., 'falta autorizar')]"));
                browser.click(By.xpath(row + "//button[contains(@id,':authorize')]"));
                // to the provider and back
                browser.waitForText(By.id("accounts:messages"), "Buzón «" + name + "» autorizado");
                browser.find(By.xpath(row + "//span[contains(., 'autorizado')]"));
                browser.click(By.xpath(row + "//button[contains(@id,':poll')]"));
                browser.waitForText(By.id("accounts:messages"), "Recogidos 1: 1 tickets nuevos");
            });
        }
    }

    /** What the form set for sending is what the account sends with. */
    @Test
    @Order(3)
    void theMailboxSendsThroughTheSmtpServerTheFormNamed() {
        String mailbox = HandOver.load("mail-oauth-browser-it").getProperty("mailbox");
        MailAccount account = em.createQuery("SELECT a FROM MailAccount a WHERE a.login = :login", MailAccount.class)
                .setParameter("login", mailbox).getSingleResult();
        assertTrue(account.getOauth().sendsMail());
        assertEquals("127.0.0.1", account.getOauth().getSmtpHost());
        assertEquals(TestMailServer.MAILBOX_SMTPS_PORT, account.getOauth().getSmtpPort());
        assertTrue(account.getOauth().isSmtpSsl());
        assertTrue(account.getOauth().isAuthorized());
    }
}
