package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.Registration;
import org.helpdesk.customer.RegistrationService;
import org.helpdesk.login.AuthenticationService;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.NewCustomerTicket;
import org.helpdesk.ticket.Ticket;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Self-registration confirmed by e-mail (never telling whether an address is taken), password reset by
 * e-mail, and the confirmation of a new ticket.
 */
@ExtendWith(ArquillianExtension.class)
class RegistrationIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    RegistrationService registration;

    @EJB
    AuthenticationService authentication;

    @EJB
    CustomerTicketService portal;

    @EJB
    TestMailServer smtp;

    @EJB
    CustomerService customers;

    @Inject
    Fixtures fixtures;

    @PersistenceContext(unitName = "helpdesk")
    EntityManager em;

    @Test
    void aRegistrationWorksOnceTheMailedLinkIsOpened() throws Exception {
        String email = Fixtures.unique("rosa") + "@net7.example";
        registration.register(new Registration("Rosa", "Huamán", email, "NET7 Perú", "rosa-password", "es"));
        assertFalse(authentication.authenticateCustomer(email, "rosa-password".toCharArray(), Fixtures.clientAddress()).success(),
                "no login before the confirmation");

        String link = linkIn(awaitMail(email, "Confirme su cuenta"));
        assertTrue(link.contains("/customer/activate.xhtml?token="), link);
        String token = link.substring(link.indexOf("token=") + 6);
        registration.activate(token);
        assertTrue(authentication.authenticateCustomer(email, "rosa-password".toCharArray(), Fixtures.clientAddress()).success());

        ValidationException reused = assertThrows(ValidationException.class, () -> registration.activate(token));
        assertTrue(reused.hasErrorOn("token"));
        assertThrows(ValidationException.class, () -> registration.activate("not-a-token"));

        // the address is taken: the answer is the same as for a new one, and nothing changes for its owner
        registration.register(new Registration("Otra", "Persona", email.toUpperCase(), null, "otra-password", "es"));
        awaitMail(email, "Alguien intentó registrarse");
        assertTrue(authentication.authenticateCustomer(email, "rosa-password".toCharArray(), Fixtures.clientAddress()).success());
        assertFalse(authentication.authenticateCustomer(email, "otra-password".toCharArray(), Fixtures.clientAddress()).success());
        ValidationException bad = assertThrows(ValidationException.class,
                () -> registration.register(new Registration("", "X", "no-es-correo", null, "corta", "es")));
        assertTrue(bad.hasErrorOn("firstName") && bad.hasErrorOn("email") && bad.hasErrorOn("password"));

        // the customer's first ticket is confirmed by e-mail with its number
        Ticket ticket = As.customer(email, () -> portal.create(new NewCustomerTicket(Fixtures.TYPE_INCIDENT, Fixtures.QUEUE_N1,
                Level.LOW, Level.MEDIUM, null, "No hay red", "Sin red en el piso 3", List.of())));
        MimeMessage confirmation = awaitMail(email, "Registramos su solicitud");
        assertTrue(confirmation.getSubject().startsWith("[Ticket#" + ticket.getNumber() + "]"), confirmation.getSubject());
    }

    @Test
    void aForgottenPasswordIsReplacedThroughASingleUseLink() throws Exception {
        String email = Fixtures.unique("jorge") + "@net7.example";
        registration.register(new Registration("Jorge", "Paz", email, null, "old-password", "en"));
        registration.activate(tokenOf(awaitMail(email, "Confirm your Helpdesk account")));

        registration.requestPasswordReset("nobody-" + email);
        registration.requestPasswordReset(email.toUpperCase());
        String token = tokenOf(awaitMail(email, "Reset your Helpdesk password"));
        ValidationException tooShort = assertThrows(ValidationException.class, () -> registration.resetPassword(token, "short"));
        assertTrue(tooShort.hasErrorOn("password"));
        registration.resetPassword(token, "new-password");
        assertTrue(authentication.authenticateCustomer(email, "new-password".toCharArray(), Fixtures.clientAddress()).success());
        assertFalse(authentication.authenticateCustomer(email, "old-password".toCharArray(), Fixtures.clientAddress()).success());
        assertThrows(ValidationException.class, () -> registration.resetPassword(token, "third-password"));
        assertTrue(smtp.receivedBy("nobody-" + email).isEmpty(), "no mail to unknown addresses");
    }

    @Test
    void aTakenAddressIsNeverToldButItsOwnerIsWarnedWithAResetLink() throws Exception {
        String email = Fixtures.unique("ana") + "@net7.example";
        registration.register(new Registration("Ana", "Soto", email, null, "ana-password", "en"));
        registration.activate(tokenOf(awaitMail(email, "Confirm your Helpdesk account")));

        registration.register(new Registration("Someone", "Else", email, null, "intruder-password", "es"));
        MimeMessage warning = awaitMail(email, "Someone tried to register");
        assertTrue(((String) warning.getContent()).contains("/customer/reset.xhtml?token="), (String) warning.getContent());
        assertEquals(1, smtp.receivedBy(email).stream().filter(m -> TestMailServer.subjectOf(m).contains("Confirm")).count(),
                "no new account, no second confirmation");
        assertFalse(authentication.authenticateCustomer(email, "intruder-password".toCharArray(), Fixtures.clientAddress()).success());

        registration.resetPassword(tokenOf(warning), "ana-new-password");
        assertTrue(authentication.authenticateCustomer(email, "ana-new-password".toCharArray(), Fixtures.clientAddress()).success());
    }

    @Test
    void anUnconfirmedRegistrationFreesItsAddressOnceItsLinkExpired() throws Exception {
        String email = Fixtures.unique("luis") + "@net7.example";
        registration.register(new Registration("Luis", "Vega", email, null, "first-password", "es"));
        String firstToken = tokenOf(awaitMail(email, "Confirme su cuenta"));

        // while the link is valid, another registration of the address changes nothing
        registration.register(new Registration("Luis", "Vega", email, null, "second-password", "es"));
        fixtures.expireActivationLinks(email);
        registration.register(new Registration("Luis", "Vega", email, null, "third-password", "es"));
        awaitMails(email, "Confirme su cuenta", 2);

        assertThrows(ValidationException.class, () -> registration.activate(firstToken), "the old registration is gone");
        registration.activate(tokenOf(awaitMail(email, "Confirme su cuenta")));
        assertTrue(authentication.authenticateCustomer(email, "third-password".toCharArray(), Fixtures.clientAddress()).success());
        assertFalse(authentication.authenticateCustomer(email, "second-password".toCharArray(), Fixtures.clientAddress()).success());
    }

    @Test
    void theHourlySweepDeletesUnconfirmedRegistrationsWhoseLinkExpired() throws Exception {
        String unconfirmed = Fixtures.unique("rosa") + "@net7.example";
        registration.register(new Registration("Rosa", "Paz", unconfirmed, null, "rosa-password", "es"));
        String unconfirmedToken = tokenOf(awaitMail(unconfirmed, "Confirme su cuenta"));
        String confirmed = Fixtures.unique("ivan") + "@net7.example";
        registration.register(new Registration("Iván", "Paz", confirmed, null, "ivan-password", "es"));
        registration.activate(tokenOf(awaitMail(confirmed, "Confirme su cuenta")));
        fixtures.expireActivationLinks(unconfirmed);
        fixtures.expireActivationLinks(confirmed);

        assertTrue(registration.removeExpiredRegistrations() >= 1);

        assertTrue(em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", unconfirmed)
                .getResultList().isEmpty(), "the unconfirmed registration is gone");
        assertThrows(ValidationException.class, () -> registration.activate(unconfirmedToken));
        assertTrue(authentication.authenticateCustomer(confirmed, "ivan-password".toCharArray(), Fixtures.clientAddress()).success(),
                "a confirmed account stays");
    }

    @Test
    void typingACompanysNameDoesNotJoinIt() throws Exception {
        CustomerCompany company = As.admin(Fixtures.ADMIN,
                () -> customers.createCompany(Fixtures.unique("NET7"), Fixtures.unique("NET7 Perú")));
        String email = Fixtures.unique("eva") + "@otra.example";
        registration.register(new Registration("Eva", "Ríos", email, company.getName().toUpperCase(), "eva-password", "es"));
        registration.activate(tokenOf(awaitMail(email, "Confirme su cuenta")));

        CustomerUser registered = em.createNamedQuery("CustomerUser.byLogin", CustomerUser.class).setParameter("login", email)
                .getSingleResult();
        assertTrue(registered.getCompany() == null || !registered.getCompany().getId().equals(company.getId()),
                "a self-registered customer is linked to a company by an agent, never by typing its name");
    }

    private static String tokenOf(MimeMessage mail) throws Exception {
        String link = linkIn(mail);
        return link.substring(link.indexOf("token=") + 6);
    }

    private static String linkIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("https?://\\S+").matcher((String) mail.getContent());
        assertTrue(link.find(), (String) mail.getContent());
        return link.group();
    }

    private void awaitMails(String to, String subjectPart, int count) throws Exception {
        Await.until(count + " mails '" + subjectPart + "' for " + to,
                () -> smtp.receivedBy(to).stream().filter(m -> TestMailServer.subjectOf(m).contains(subjectPart)).count() >= count, 30);
    }

    /** The newest mail for {@code to} whose subject contains {@code subjectPart}. */
    private MimeMessage awaitMail(String to, String subjectPart) throws Exception {
        return Await.result("mail '" + subjectPart + "' for " + to,
                () -> smtp.receivedBy(to).stream().filter(m -> TestMailServer.subjectOf(m).contains(subjectPart)).reduce((a, b) -> b), 30);
    }
}
