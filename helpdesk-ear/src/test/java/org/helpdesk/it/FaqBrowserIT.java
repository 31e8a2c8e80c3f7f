package org.helpdesk.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.ejb.EJB;

import org.helpdesk.customer.CustomerCompany;
import org.helpdesk.customer.CustomerService;
import org.helpdesk.customer.NewCustomerUser;
import org.helpdesk.faq.FaqForm;
import org.helpdesk.faq.FaqRow;
import org.helpdesk.faq.FaqService;
import org.helpdesk.faq.FaqStatistic;
import org.helpdesk.faq.FaqVisibility;
import org.helpdesk.faq.KnowledgeBase;
import org.helpdesk.ticket.NewArticle;
import org.helpdesk.ticket.NewTicket;
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
 * The knowledge base in a real Chromium: a customer writing a new ticket types the subject, is
 * suggested the FAQ article that solves it, opens it and answers "¿Le fue útil?" with yes; the
 * opening and the answer are counted for the managers. A visitor without an account reads the public
 * articles only. An agent working a ticket is suggested the article and puts its solution into the
 * answer with one click, then finds it in the knowledge base.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaqBrowserIT {

    // fixed names: the client and the server side of the test must agree on them
    static final String CUSTOMER = "e2e.faq";
    static final String TITLE = "Impresora térmica que no imprime etiquetas";
    static final String PUBLIC_TITLE = "Rollo de etiquetas colocado al revés";
    static final String TICKET_TITLE = "Etiquetas en blanco en la impresora del almacén";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    CustomerService customers;

    @EJB
    FaqService faq;

    @EJB
    KnowledgeBase knowledgeBase;

    @EJB
    TicketService tickets;

    @Test
    @Order(1)
    void aCustomerAndAnArticleExist() {
        if (As.admin(Fixtures.ADMIN, () -> customers.find(CUSTOMER, 1)).isEmpty()) {
            As.admin(Fixtures.ADMIN, () -> {
                CustomerCompany company = customers.createCompany(Fixtures.unique("ETIQ"), "Etiquetas del Sur S.A.C.");
                return customers.createCustomer(new NewCustomerUser(CUSTOMER, CUSTOMER + "@etiquetas.example", "Julia",
                        "Paredes", company.getId(), "password-" + CUSTOMER));
            });
        }
        // a new article on every run, so its counts start at zero (suggestions show the newest of equals first)
        As.admin(Fixtures.ADMIN, () -> faq.create(new FaqForm(0, TITLE, "<p>La impresora avanza el papel en blanco.</p>",
                "<p>Limpie el cabezal térmico con alcohol isopropílico y <strong>calibre</strong> el sensor de etiquetas.</p>",
                "zebra, etiquetas", 1L, "es", FaqVisibility.CUSTOMER, true), null));
        As.admin(Fixtures.ADMIN, () -> faq.create(new FaqForm(0, PUBLIC_TITLE, null,
                "<p>Coloque el rollo con las etiquetas hacia afuera.</p>", null, 1L, "es", FaqVisibility.PUBLIC, true), null));
        // the ticket an agent works on in the zoom
        As.admin(Fixtures.ADMIN, () -> tickets.create(new NewTicket(TICKET_TITLE, Fixtures.QUEUE_N1, null, 2,
                Fixtures.TYPE_INCIDENT, customers.find(CUSTOMER, 1).get(0).getId(), null, null,
                NewArticle.phoneFromCustomer(TICKET_TITLE, "Salen todas en blanco desde esta mañana."))));
    }

    @Test
    @Order(2)
    @RunAsClient
    void theCustomerIsSuggestedTheArticleOpensItAndFindsItUseful(@ArquillianResource URL base) throws Exception {
        try (Browser customer = new Browser()) {
            customer.recordOnFailure("faq-customer", () -> {
                customer.open(base + "customer/new-ticket.xhtml");
                customer.type(By.id("login:username"), CUSTOMER);
                customer.type(By.id("login:password"), "password-" + CUSTOMER);
                customer.click(By.id("login:submit"));
                customer.open(base + "customer/new-ticket.xhtml");
                customer.type(By.id("new:subject"), "Las etiquetas salen en blanco de la impresora");
                customer.waitForText(By.id("new:solutions"), TITLE);
                customer.screenshot("portal-faq-suggestion");
                String href = customer.find(By.xpath("//ul[@id='faq-suggestions']//a[normalize-space()='" + TITLE + "']"))
                        .getAttribute("href");
                assertTrue(href.contains("suggested=true"), href);
                customer.open(href);
                customer.waitForText(By.id("faq-title"), TITLE);
                customer.waitForText(By.id("faq-solution"), "calibre el sensor");
                customer.click(By.id("rate:yes"));
                customer.waitForText(By.id("rate:messages"), "Gracias por su respuesta.");
                customer.waitForText(By.id("rate:count"), "1 de 1 lectores lo encontraron útil");
                assertTrue(!customer.find(By.id("rate:yes")).isEnabled(), "one answer per visit");
                customer.screenshot("portal-faq-article");
            });
        }
    }

    @Test
    @Order(3)
    void theOpeningAndTheAnswerWereCounted() {
        FaqRow article = As.agent(Fixtures.ADMIN, () -> knowledgeBase.suggest(TITLE, 1)).get(0);
        assertEquals(TITLE, article.title());
        assertEquals(1, article.helpfulYes());
        FaqStatistic counted = As.call("gerente", java.util.Set.of("agent", "stats"), () -> knowledgeBase.statistics(0, 500))
                .rows().stream().filter(s -> s.id() == article.id()).findFirst().orElseThrow();
        assertEquals(1, counted.opened());
    }

    @Test
    @Order(4)
    @RunAsClient
    void visitorsWithoutAnAccountReadPublicArticlesOnly(@ArquillianResource URL base) throws Exception {
        try (Browser visitor = new Browser()) {
            visitor.recordOnFailure("faq-visitor", () -> {
                visitor.open(base + "faq/index.xhtml");
                visitor.type(By.id("faq:text"), "etiquetas");
                visitor.click(By.id("faq:search"));
                visitor.waitForText(By.id("faq:rows"), PUBLIC_TITLE);
                assertTrue(!visitor.find(By.id("faq:rows")).getText().contains(TITLE), "an article for customers only");
                visitor.follow(By.linkText(PUBLIC_TITLE));
                visitor.waitForText(By.id("faq-solution"), "hacia afuera");
            });
        }
    }

    @Test
    @Order(5)
    @RunAsClient
    void agentsAreSuggestedTheArticleInTheZoomAndInsertItIntoTheAnswer(@ArquillianResource URL base) throws Exception {
        try (Browser agent = new Browser()) {
            agent.recordOnFailure("faq-agent", () -> {
                agent.open(base + "agent/index.xhtml");
                agent.type(By.id("login:username"), Fixtures.ADMIN);
                agent.type(By.id("login:password"), System.getProperty("it.admin.password"));
                agent.click(By.id("login:submit"));
                agent.click(By.id("nav-search"));
                agent.type(By.id("search:text"), TICKET_TITLE);
                agent.click(By.id("search:find"));
                agent.waitForText(By.id("search"), TICKET_TITLE);
                agent.follow(By.className("hd-ticket-link"));
                agent.waitForText(By.id("faq-suggestions"), TITLE);
                agent.type(By.id("zoom:body"), "Buenos días:");
                agent.click(By.xpath("//ul[@id='faq-suggestions']/li[a[normalize-space()='" + TITLE + "']]"
                        + "//a[contains(@id,'insertFaq')]"));
                // appended to what the agent had written
                agent.waitUntil(() -> agent.find(By.id("zoom:body")).getAttribute("value").contains("calibre el sensor"));
                assertTrue(agent.find(By.id("zoom:body")).getAttribute("value").startsWith("Buenos días:"));
                agent.waitForText(By.id("linked-faq"), TITLE);
                agent.resize(1400, 1300); // the answer with the solution and the panel below it in one picture
                agent.script("window.scrollTo(0, 0)");
                agent.screenshot("ticket-zoom-known-solutions");
                agent.click(By.id("nav-faq"));
                agent.type(By.id("faq:text"), "etiqueta");
                agent.click(By.id("faq:search"));
                agent.waitForText(By.id("faq:rows"), TITLE);
                agent.screenshot("agent-faq");
                agent.follow(By.linkText(TITLE));
                agent.waitForText(By.id("history"), "Creado");
                agent.screenshot("agent-faq-edit");
            });
        }
    }
}
