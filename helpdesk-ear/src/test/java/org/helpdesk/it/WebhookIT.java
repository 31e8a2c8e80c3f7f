package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.CONSULTING_GROUP;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.api.mapping.MappingRules;
import org.helpdesk.api.webhook.Webhook;
import org.helpdesk.api.webhook.WebhookDelivery;
import org.helpdesk.api.webhook.WebhookDispatch;
import org.helpdesk.api.webhook.WebhookLog;
import org.helpdesk.api.webhook.WebhookEvent;
import org.helpdesk.api.webhook.WebhookForm;
import org.helpdesk.api.webhook.WebhookSender;
import org.helpdesk.api.webhook.WebhookService;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketConditionForm;
import org.helpdesk.ticket.TicketService;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Web hooks delivered to a small HTTP server of the test: nothing is called before the ticket's transaction
 * commits (nor ever for one rolled back), the call is signed with an HMAC the receiver can check, a 500 is
 * retried later with the same delivery id, the ticket condition filters, and a delivery that failed for good is
 * sent again by the admin once the receiver is fixed.
 */
@ExtendWith(ArquillianExtension.class)
class WebhookIT {

    private static final String SECRET = "compartido-con-el-receptor";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @Inject
    Fixtures fixtures;

    @EJB
    WebhookService webhooks;

    @EJB
    WebhookDispatch dispatch;

    @EJB
    WebhookLog log;

    @EJB
    TicketService tickets;

    @Resource
    UserTransaction transaction;

    private long save(String name, String url, Set<WebhookEvent> events, Long queueId) {
        As.admin(ADMIN, () -> webhooks.save(new WebhookForm(null, 0, name, true, events, new TicketConditionForm(queueId, null, null, null),
                Webhook.Method.POST, url, "X-Equipo: mesa-lima", MappingRules.NONE, SECRET)));
        return As.admin(ADMIN, () -> webhooks.list(0, 500)).rows().stream().filter(w -> w.getName().equals(name)).findFirst()
                .orElseThrow().getId();
    }

    private List<WebhookDelivery> deliveries(long hookId) {
        return As.admin(ADMIN, () -> webhooks.deliveries(hookId, 0, 100)).rows();
    }

    /** Stops the web hook, for the other tests. */
    private void disable(long hookId) {
        As.admin(ADMIN, () -> {
            WebhookForm form = webhooks.form(hookId);
            return webhooks.save(form.withValid(false));
        });
    }

    @Test
    void aTicketEventIsDeliveredAfterTheCommitSignedAndRetriedAfterA500() throws Exception {
        Agent agent = fixtures.agent("hook", Map.of(SUPPORT_GROUP, Set.of(Permission.RW), CONSULTING_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        try (TestHttpReceiver receiver = new TestHttpReceiver(500, 200)) {
            long hook = save(Fixtures.unique("Monitoreo N1"), receiver.url("/hooks/helpdesk"),
                    Set.of(WebhookEvent.TICKET_CREATED, WebhookEvent.STATE_CHANGED), Fixtures.QUEUE_N1);
            try {
                // rolled back: never called
                transaction.begin();
                As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
                transaction.rollback();
                assertTrue(deliveries(hook).isEmpty());

                // not before the commit
                transaction.begin();
                Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
                dispatch.deliverDue(Instant.now());
                assertTrue(receiver.requests().isEmpty(), "nothing is called before the commit");
                transaction.commit();

                // a ticket outside the condition's queue: no delivery
                As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N2, customer.getId(), 4)));

                dispatch.deliverDue(Instant.now()); // (the timer may have been first)
                Await.until("the first call", () -> receiver.requests().size() >= 1, 20);
                WebhookDelivery failed = deliveries(hook).get(0);
                assertEquals(WebhookDelivery.Status.PENDING, failed.getStatus());
                assertEquals(1, failed.getAttempts());
                assertEquals(500, failed.getLastStatus());
                assertTrue(failed.getNextAttemptAt().isAfter(Instant.now().plusSeconds(30)), "retried after a pause");

                dispatch.deliverDue(Instant.now().plus(Duration.ofMinutes(2)));
                List<TestHttpReceiver.Request> calls = receiver.requests();
                assertEquals(2, calls.size());
                WebhookDelivery delivered = deliveries(hook).get(0);
                assertEquals(WebhookDelivery.Status.DELIVERED, delivered.getStatus());
                assertEquals(1, deliveries(hook).size(), "one delivery: the N2 ticket is outside the condition");

                TestHttpReceiver.Request call = calls.get(1);
                assertEquals("POST", call.method());
                assertEquals("/hooks/helpdesk", call.path());
                assertEquals("mesa-lima", call.headers().get("x-equipo"));
                assertEquals("TicketCreate", call.headers().get("x-helpdesk-event"));
                assertEquals(calls.get(0).headers().get("x-helpdesk-delivery"), call.headers().get("x-helpdesk-delivery"),
                        "a retry has the same delivery id");
                assertEquals("sha256=" + WebhookSender.signature(SECRET, call.headers().get("x-helpdesk-timestamp"), call.body()),
                        call.headers().get("x-helpdesk-signature"));
                JsonObject payload = Json.createReader(new StringReader(call.body())).readObject();
                assertEquals("TicketCreate", payload.getString("Event"));
                assertEquals(ticket.getNumber(), payload.getJsonObject("Ticket").getString("TicketNumber"));
                assertEquals("NEW_TICKET", payload.getJsonObject("History").getString("HistoryType"));
            } finally {
                disable(hook);
            }
        }
    }

    @Test
    void aDeliveryThatFailedForGoodIsSentAgainByTheAdmin() throws Exception {
        Agent agent = fixtures.agent("hookfail", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        try (TestHttpReceiver receiver = new TestHttpReceiver(200)) {
            String name = Fixtures.unique("ERP caído");
            String closedPort = receiver.url("/x").replaceFirst(":\\d+/", ":1/");
            long hook = save(name, closedPort, Set.of(WebhookEvent.TICKET_CREATED), null);
            try {
                As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
                Instant later = Instant.now();
                for (int attempt = 0; attempt < WebhookDelivery.ATTEMPTS; attempt++) {
                    later = later.plus(Duration.ofHours(2));
                    dispatch.deliverDue(later);
                }
                WebhookDelivery given = deliveries(hook).get(0);
                assertEquals(WebhookDelivery.Status.FAILED, given.getStatus());
                assertEquals(WebhookDelivery.ATTEMPTS, given.getAttempts());
                assertNull(given.getLastStatus());
                assertTrue(given.getLastError().startsWith("ConnectException"), given.getLastError());

                // the receiver is fixed: the admin points the web hook at it and sends the delivery again
                As.admin(ADMIN, () -> {
                    WebhookForm form = webhooks.form(hook);
                    return webhooks.save(new WebhookForm(form.id(), form.version(), form.name(), true, form.events(), form.condition(),
                            form.method(), receiver.url("/erp"), form.headers(), form.payload(), null));
                });
                As.admin(ADMIN, () -> {
                    webhooks.sendAgain(given.getId());
                    return null;
                });
                ValidationException twice = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> {
                    webhooks.sendAgain(given.getId());
                    return null;
                }));
                assertEquals("delivery", twice.getErrors().get(0).field());
                dispatch.deliverDue(Instant.now());
                Await.until("the call to the fixed receiver", () -> !receiver.requests().isEmpty(), 20);
                assertEquals("/erp", receiver.requests().get(0).path());
                assertEquals(WebhookDelivery.Status.DELIVERED, deliveries(hook).get(0).getStatus());

                // the nightly clean-up: a delivery that is done stays in the log 30 days; a pending one (the receiver
                // is down again, so it stays pending whatever the timer does meanwhile) stays until it is done
                As.admin(ADMIN, () -> {
                    WebhookForm form = webhooks.form(hook);
                    return webhooks.save(new WebhookForm(form.id(), form.version(), form.name(), true, form.events(), form.condition(),
                            form.method(), closedPort, form.headers(), form.payload(), null));
                });
                As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(Fixtures.QUEUE_N1, customer.getId(), 2)));
                log.purge(Instant.now().plus(WebhookLog.KEPT).minus(Duration.ofHours(1)));
                assertEquals(2, deliveries(hook).size());
                log.purge(Instant.now().plus(WebhookLog.KEPT).plus(Duration.ofHours(1)));
                assertEquals(List.of(WebhookDelivery.Status.PENDING), deliveries(hook).stream().map(WebhookDelivery::getStatus).toList());

                // what an admin cannot save
                ValidationException url = assertThrows(ValidationException.class,
                        () -> save(Fixtures.unique("Malo"), "file:///etc/passwd", Set.of(WebhookEvent.TICKET_CREATED), null));
                assertEquals("url", url.getErrors().get(0).field());
                ValidationException header = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> webhooks.save(
                        new WebhookForm(null, 0, Fixtures.unique("Malo"), true, Set.of(WebhookEvent.TICKET_CREATED), TicketConditionForm.ANY,
                                Webhook.Method.POST, receiver.url("/"), "Host: evil.example", MappingRules.NONE, null))));
                assertEquals("headers", header.getErrors().get(0).field());
                String generated = As.admin(ADMIN, () -> webhooks.save(new WebhookForm(null, 0, Fixtures.unique("Generado"), false,
                        Set.of(WebhookEvent.ESCALATION), TicketConditionForm.ANY, Webhook.Method.PUT, receiver.url("/"), null, MappingRules.NONE, null)));
                assertEquals(64, generated.length(), "a new web hook without a secret gets one, shown once");
            } finally {
                disable(hook);
            }
        }
    }
}
