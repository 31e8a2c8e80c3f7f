package org.helpdesk.it;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import jakarta.ejb.EJB;

import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.NewCustomerUser;
import org.helpdesk.mail.crypto.Certificates;
import org.helpdesk.mail.crypto.TestKeys;
import org.helpdesk.mail.inbound.MailAccountService;
import org.helpdesk.mail.inbound.SystemAddressForm;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.SystemAddress;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.shared.CryptoMethod;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewTicket;
import org.helpdesk.ticket.Ticket;
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
 * Signed and encrypted mail in a real Chromium. An administrator imports the desk's S/MIME certificate
 * (PKCS#12, with its password; a wrong one is refused in Spanish) and a customer's PGP public key, and sees
 * them listed with their fingerprints. An agent then answers a ticket of a queue that signs with S/MIME:
 * signing is ticked, encryption is not possible and the form says why (the customer has no certificate);
 * with PGP it is the other way round. The answer goes out signed, as the article shows. Screenshots of both.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailKeysBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    CustomerService customers;

    @EJB
    QueueService queues;

    @EJB
    MailAccountService mailAccounts;

    @EJB
    TicketService tickets;

    /** A queue that signs with S/MIME from an address of its own, and a ticket in it. */
    @Test
    @Order(1)
    void aQueueThatSignsAndATicketInIt() {
        String desk = Fixtures.unique("seguro") + "@desk.example";
        CustomerUser customer = As.admin(Fixtures.ADMIN, () -> {
            CustomerCompany company = customers.createCompany(Fixtures.unique("CIFRA"), "Cifrados del Norte S.A.C.");
            String login = Fixtures.unique("e2e.cifrado");
            return customers.createCustomer(new NewCustomerUser(login, login + "@cifrados.example", "Rocío", "Flores",
                    company.getId(), "password-" + login));
        });
        Queue queue = As.admin(Fixtures.ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, Fixtures.unique("Mesa segura"),
                Fixtures.SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, false, null, true)));
        SystemAddress address = As.admin(Fixtures.ADMIN, () -> mailAccounts.saveSystemAddress(new SystemAddressForm(null, 0, desk,
                "Mesa segura", queue.getId(), true)));
        As.admin(Fixtures.ADMIN, () -> queues.saveQueue(new QueueForm(queue.getId(), queue.getVersion(), queue.getName(),
                Fixtures.SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, address.getId(), null, false,
                null, true, CryptoMethod.SMIME)));
        Ticket ticket = As.admin(Fixtures.ADMIN, () -> tickets.create(new NewTicket("Contrato por correo cifrado", queue.getId(),
                null, 2, Fixtures.TYPE_INCIDENT, customer.getId(), null, null,
                NewArticle.phoneFromCustomer("Contrato", "Envíenme el contrato firmado, por favor."))));
        Properties shared = new Properties();
        shared.setProperty("desk", desk);
        shared.setProperty("customer", customer.getEmail());
        shared.setProperty("ticket", String.valueOf(ticket.getId()));
        HandOver.save("mail-keys-browser-it", shared);
    }

    @Test
    @Order(2)
    @RunAsClient
    void theAdministratorImportsKeysAndTheAgentAnswersSigned(@ArquillianResource URL base) throws Exception {
        Properties shared = HandOver.load("mail-keys-browser-it");
        String desk = shared.getProperty("desk");
        String customer = shared.getProperty("customer");
        TestKeys.Issued certificate = TestKeys.smime(desk, TestKeys.authority("Autoridad de prueba"));
        Path p12 = Files.createTempFile("mesa", ".p12");
        Files.write(p12, certificate.pkcs12("clave-del-p12"));
        TestKeys.PgpKey pgp = TestKeys.pgp("Rocío Flores", customer, "no se usa");
        Path asc = Files.createTempFile("cliente", ".asc");
        Files.writeString(asc, pgp.armouredPublic(), StandardCharsets.US_ASCII);
        String pgpFingerprint = org.bouncycastle.util.encoders.Hex.toHexString(pgp.publicRing().getPublicKey().getFingerprint())
                .toUpperCase().replaceAll("(.{4})(?!$)", "$1 ");

        try (Browser browser = new Browser()) {
            browser.recordOnFailure("admin-mail-keys", () -> {
                browser.open(base + "agent/index.xhtml");
                browser.type(By.id("login:username"), Fixtures.ADMIN);
                browser.type(By.id("login:password"), System.getProperty("it.admin.password"));
                browser.click(By.id("login:submit"));
                browser.click(By.id("nav-admin"));
                browser.click(By.id("mail-keys"));

                browser.find(By.xpath("//form[@id='keys']//input[@type='file']")).sendKeys(p12.toString());
                browser.type(By.id("keys:password"), "otra-clave");
                browser.click(By.id("keys:import"));
                browser.waitForText(By.id("keys:messages"), "La contraseña o frase de paso no es correcta.");

                browser.find(By.xpath("//form[@id='keys']//input[@type='file']")).sendKeys(p12.toString());
                browser.type(By.id("keys:password"), "clave-del-p12");
                browser.click(By.id("keys:import"));
                browser.waitForText(By.id("keys:messages"), "Se importó 1 certificado o clave.");

                browser.find(By.xpath("//form[@id='keys']//input[@type='file']")).sendKeys(asc.toString());
                browser.click(By.id("keys:import"));
                browser.waitForText(By.id("keys:messages"), "Se importó 1 certificado o clave.");

                String smimeRow = "//tr[td[contains(., '" + desk + "')]]";
                browser.find(By.xpath(smimeRow + "/td[1][contains(., 'S/MIME') and contains(., 'con clave privada')]"));
                browser.find(By.xpath(smimeRow + "//code[normalize-space(.)='" + Certificates.fingerprint(certificate.certificate()) + "']"));
                String pgpRow = "//tr[td[contains(., '" + customer + "')]]";
                browser.find(By.xpath(pgpRow + "/td[1][normalize-space(.)='PGP']"));
                browser.find(By.xpath(pgpRow + "//code[normalize-space(.)='" + pgpFingerprint + "']"));
                browser.find(By.xpath(pgpRow + "/td[4][contains(., 'no vence')]"));
                browser.screenshot("admin-mail-keys");

                // the queue signs with S/MIME: ticked; the customer has no certificate, so no encryption, and the form says why
                browser.open(base + "agent/ticket.xhtml?id=" + shared.getProperty("ticket"));
                browser.waitForText(By.id("zoom:securityMethod_label"), "S/MIME");
                browser.waitForCheckbox("zoom:sign", "ui-state-active"); // signed by default
                browser.waitForCheckbox("zoom:encrypt", "ui-state-disabled"); // nothing to encrypt to
                browser.waitForText(By.id("zoom:noEncryptionKey"), "Cifrado no posible: falta el certificado o la clave de " + customer);
                // with PGP the customer has a key, but the desk none to sign with
                browser.choose("zoom:securityMethod", "PGP");
                browser.waitForText(By.id("zoom:noSigningKey"), "No se puede firmar: no hay una clave privada para " + desk);
                browser.waitForCheckbox("zoom:encrypt", "ui-state-active"); // encrypted: the customer has a key
                browser.waitForCheckbox("zoom:sign", "ui-state-disabled");
                browser.choose("zoom:securityMethod", "S/MIME");
                browser.waitForText(By.id("zoom:noEncryptionKey"), "Cifrado no posible");
                browser.type(By.id("zoom:body"), "Adjuntamos el contrato; este correo va firmado.");
                browser.screenshot("ticket-zoom-secure-mail");
                browser.click(By.id("zoom:send"));
                browser.find(By.xpath("//article[contains(., 'este correo va firmado')]//span[contains(@class,'hd-security') "
                        + "and contains(., 'S/MIME') and contains(., 'firmado')]"));
            });
        }
    }
}
