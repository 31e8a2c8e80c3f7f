package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;

import org.helpdesk.admin.AuditService;
import org.helpdesk.agent.Agent;
import org.helpdesk.agent.AgentForm;
import org.helpdesk.agent.AgentGroup;
import org.helpdesk.agent.AgentService;
import org.helpdesk.agent.GroupForm;
import org.helpdesk.agent.Permission;
import org.helpdesk.agent.Role;
import org.helpdesk.agent.RoleForm;
import org.helpdesk.audit.AuditEntry;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.customer.Registration;
import org.helpdesk.customer.RegistrationService;
import org.helpdesk.login.AuthenticationService;
import org.helpdesk.queue.FollowUpPolicy;
import org.helpdesk.queue.Queue;
import org.helpdesk.queue.QueueForm;
import org.helpdesk.queue.QueueService;
import org.helpdesk.queue.UnknownSenderPolicy;
import org.helpdesk.settings.Logo;
import org.helpdesk.settings.SettingsForm;
import org.helpdesk.settings.SettingsService;
import org.helpdesk.settings.SystemSettings;
import org.helpdesk.shared.ConcurrentChangeException;
import org.helpdesk.shared.RuleViolationException;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.sla.ItService;
import org.helpdesk.sla.ItServiceForm;
import org.helpdesk.template.NamedTextForm;
import org.helpdesk.template.ResponseTemplate;
import org.helpdesk.template.Signature;
import org.helpdesk.template.TemplateService;
import org.helpdesk.ticket.CatalogAdminService;
import org.helpdesk.ticket.StateType;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketCatalog;
import org.helpdesk.ticket.TicketPriority;
import org.helpdesk.ticket.TicketPriorityForm;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketState;
import org.helpdesk.ticket.TicketStateForm;
import org.helpdesk.ticket.TicketType;
import org.helpdesk.ticket.TicketTypeForm;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin screens' services: agents with roles and permissions, queues, texts, settings, and the audit log of it all. */
@ExtendWith(ArquillianExtension.class)
class AdminServicesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    AgentService agents;

    @EJB
    QueueService queues;

    @EJB
    TemplateService templates;

    @EJB
    SettingsService settings;

    @EJB
    AuditService audit;

    @EJB
    TicketService tickets;

    @EJB
    RegistrationService registration;

    @EJB
    CatalogAdminService catalogAdmin;

    @EJB
    TicketCatalog ticketCatalog;

    @EJB
    AuthenticationService authentication;

    @Inject
    Fixtures fixtures;

    @Test
    void anAgentIsSetUpWithRolesAndPermissionsInOneStepAndEveryChangeIsAudited() {
        AgentGroup group = As.admin(ADMIN, () -> agents.saveGroup(new GroupForm(null, 0, Fixtures.unique("redes"),
                "Redes y comunicaciones", true)));
        Role role = As.admin(ADMIN, () -> agents.saveRole(new RoleForm(null, 0, Fixtures.unique("consultor"), true),
                Map.of(group.getId(), Set.of(Permission.RO, Permission.NOTE))));
        String login = Fixtures.unique("mrojas");
        Agent agent = As.admin(ADMIN, () -> agents.saveAgent(new AgentForm(null, 0, login, "María", "Rojas", login + "@desk.example",
                "en", "America/Bogota", "maria-password", true), Set.of(role.getId()), Map.of(SUPPORT_GROUP, Set.of(Permission.RW))));

        Agent stored = As.admin(ADMIN, () -> agents.agent(agent.getId()));
        assertEquals("en", stored.getLanguage());
        assertEquals("America/Bogota", stored.getTimeZone());
        assertEquals(Set.of(role), stored.getRoles());
        assertTrue(stored.holds(group, Permission.NOTE), "through the role");
        assertTrue(stored.holds(lookupGroup(SUPPORT_GROUP), Permission.OWNER), "rw on its own");
        assertTrue(authentication.authenticateAgent(login, "maria-password".toCharArray(), Fixtures.clientAddress()).success());

        // the edit: new name, no password given (kept), rw taken away, role kept
        As.admin(ADMIN, () -> agents.saveAgent(new AgentForm(agent.getId(), stored.getVersion(), login, "María Elena", "Rojas",
                login + "@desk.example", "en", "America/Lima", "", true), Set.of(role.getId()), Map.of(SUPPORT_GROUP, Set.of())));
        assertTrue(authentication.authenticateAgent(login, "maria-password".toCharArray(), Fixtures.clientAddress()).success());
        assertFalse(As.admin(ADMIN, () -> agents.agent(agent.getId())).holds(lookupGroup(SUPPORT_GROUP), Permission.RO));

        List<AuditEntry> log = As.admin(ADMIN, () -> audit.entries("Agent", login, 0, 10)).rows();
        assertEquals(2, log.size(), log.toString());
        AuditEntry change = log.get(0);
        assertEquals(ADMIN, change.getActor());
        assertEquals(AuditEntry.Action.CHANGED, change.getAction());
        assertTrue(change.getChanges().contains("firstName: María → María Elena"), change.getChanges());
        assertTrue(change.getChanges().contains("timeZone: America/Bogota → America/Lima"), change.getChanges());
        assertTrue(change.getChanges().contains("permissions[soporte]: rw → "), change.getChanges());
        AuditEntry creation = log.get(1);
        assertEquals(AuditEntry.Action.CREATED, creation.getAction());
        assertTrue(creation.getChanges().contains("login: " + login), creation.getChanges());
        assertTrue(creation.getChanges().contains("roles:  → " + role.getName()), creation.getChanges());
        // the password never shows, only that it was set
        assertFalse(creation.getChanges().contains("maria-password"), creation.getChanges());
        assertTrue(As.admin(ADMIN, () -> audit.types()).containsAll(List.of("Agent", "AgentGroup", "Role")));
    }

    @Test
    void agentInputIsValidatedAndNothingIsWritten() {
        String login = Fixtures.unique("bad");
        ValidationException bad = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> agents.saveAgent(
                new AgentForm(null, 0, login, "Ana", "Quispe", null, "fr", "Lima/Peru", "short", true), Set.of(), Map.of())));
        assertTrue(bad.hasErrorOn("language"));
        ValidationException zone = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> agents.saveAgent(
                new AgentForm(null, 0, login, "Ana", "Quispe", null, "es", "Lima/Peru", "long-enough", true), Set.of(), Map.of())));
        assertTrue(zone.hasErrorOn("timeZone"));
        ValidationException unknownGroup = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> agents.saveAgent(
                new AgentForm(null, 0, login, "Ana", "Quispe", null, "es", "America/Lima", "long-enough", true), Set.of(),
                Map.of(987_654_321L, Set.of(Permission.RO)))));
        assertTrue(unknownGroup.hasErrorOn("groupId"));
        // the agent of the failed call was not half written
        assertEquals(0, As.admin(ADMIN, () -> agents.agents(login, 0, 10)).total());
        Agent admin = As.admin(ADMIN, () -> agents.agents(ADMIN, 0, 10)).rows().stream().filter(a -> a.getLogin().equals(ADMIN))
                .findFirst().orElseThrow();
        ValidationException self = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> agents.saveAgent(
                new AgentForm(admin.getId(), admin.getVersion(), ADMIN, admin.getFirstName(), admin.getLastName(), admin.getEmail(),
                        admin.getLanguage(), admin.getTimeZone(), null, false), Set.of(), Map.of())));
        assertTrue(self.hasErrorOn("valid"));
        ValidationException notAdmin = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> agents.saveAgent(
                new AgentForm(admin.getId(), admin.getVersion(), ADMIN, admin.getFirstName(), admin.getLastName(), admin.getEmail(),
                        admin.getLanguage(), admin.getTimeZone(), null, true), Set.of(), Map.of(Fixtures.ADMIN_GROUP, Set.of(Permission.RO)))));
        assertTrue(notAdmin.hasErrorOn("permissions"));
        assertTrue(As.admin(ADMIN, () -> agents.agent(admin.getId())).isAdmin(), "nothing of the refused change was kept");
    }

    @Test
    void aQueueInUseIsInvalidatedNotDeletedAndKeepsItsTickets() {
        Agent agent = fixtures.agent("cola", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        Queue queue = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, Fixtures.unique("Impresoras"), SUPPORT_GROUP, 1,
                FollowUpPolicy.NEW_TICKET, UnknownSenderPolicy.NEW_TICKET, null, null, true, "Impresoras y escáneres", true)));
        CustomerUser customer = fixtures.customer();
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(queue.getId(), customer.getId(), 2)));
        assertTrue(As.agent(agent.getLogin(), () -> queues.queuesWith(Permission.CREATE)).contains(queue));

        Queue invalid = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(queue.getId(), queue.getVersion(), queue.getName(),
                SUPPORT_GROUP, 1, FollowUpPolicy.NEW_TICKET, UnknownSenderPolicy.NEW_TICKET, null, null, true, "Impresoras y escáneres", false)));
        assertFalse(invalid.isValid());
        assertFalse(As.agent(agent.getLogin(), () -> queues.queuesWith(Permission.CREATE)).contains(queue));
        assertFalse(As.admin(ADMIN, () -> queues.allQueues()).contains(queue));
        // the ticket stays where it was, with its history
        assertEquals(queue.getName(), As.agent(agent.getLogin(), () -> tickets.get(ticket.getId())).getQueue().getName());
        // a stale form does not overwrite the newer state
        assertThrows(ConcurrentChangeException.class, () -> As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(queue.getId(),
                queue.getVersion(), queue.getName(), SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, true, null, true))));
        AuditEntry last = As.admin(ADMIN, () -> audit.entries("Queue", queue.getName(), 0, 1)).rows().get(0);
        assertEquals("valid: true → false", last.getChanges());
    }

    @Test
    void queueInputIsValidated() {
        ValidationException bad = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> queues.saveQueue(
                new QueueForm(null, 0, " ", null, 0, null, null, null, null, false, null, true))));
        assertTrue(bad.hasErrorOn("name"));
        assertTrue(bad.hasErrorOn("groupId"));
        assertTrue(bad.hasErrorOn("tier"));
        assertTrue(bad.hasErrorOn("followUpPolicy"));
        ValidationException taken = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> queues.saveQueue(
                new QueueForm(null, 0, "Soporte Técnico (N1)", SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, null, false, null, true))));
        assertTrue(taken.hasErrorOn("name"));
        ValidationException unknownSignature = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> queues.saveQueue(
                new QueueForm(null, 0, Fixtures.unique("q"), SUPPORT_GROUP, 1, FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, 987_654_321L, false, null,
                        true))));
        assertTrue(unknownSignature.hasErrorOn("signatureId"));
    }

    @Test
    void anAnswerStartsWithTheCannedResponseAndEndsWithTheQueueSignature() {
        Agent agent = fixtures.agent("plantilla", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
        CustomerUser customer = fixtures.customer();
        Signature signature = As.admin(ADMIN, () -> templates.save(Signature.class, new NamedTextForm(null, 0, Fixtures.unique("Firma"),
                "Saludos,\n{{agent.name}} — {{queue.name}}", true)));
        Queue queue = As.admin(ADMIN, () -> queues.saveQueue(new QueueForm(null, 0, Fixtures.unique("Correo"), SUPPORT_GROUP, 1,
                FollowUpPolicy.POSSIBLE, UnknownSenderPolicy.NEW_TICKET, null, signature.getId(), false, null, true)));
        ResponseTemplate template = As.admin(ADMIN, () -> templates.save(ResponseTemplate.class, new NamedTextForm(null, 0,
                Fixtures.unique("Reinicio"), "Hola {{customer.name}}: reinicie el equipo ({{ticket.number}}).", true)));
        Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(queue.getId(), customer.getId(), 2)));

        String answer = As.agent(agent.getLogin(), () -> tickets.answerDraft(ticket.getId(), template.getId()));
        assertEquals("Hola " + customer.getFullName() + ": reinicie el equipo (" + ticket.getNumber() + ").\n\nSaludos,\n"
                + agent.getFullName() + " — " + queue.getName(), answer);
        assertTrue(As.agent(agent.getLogin(), () -> templates.valid(ResponseTemplate.class)).contains(template));

        ValidationException taken = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> templates.save(Signature.class, new NamedTextForm(null, 0, signature.getName(), "otra", true))));
        assertTrue(taken.hasErrorOn("name"));
        ValidationException empty = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> templates.save(ResponseTemplate.class, new NamedTextForm(template.getId(), template.getVersion(), "x", " ", true))));
        assertTrue(empty.hasErrorOn("body"));
    }

    @Test
    void systemSettingsAreValidatedAndTakeEffect() {
        SystemSettings before = As.admin(ADMIN, () -> settings.current());
        SettingsForm original = SettingsForm.of(before);
        ValidationException bad = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> settings.save(
                new SettingsForm(before.getVersion(), "", "Ticket #", 0, true, "fr", 1, "red", "#12345", true, "soporte.net7.pe", false))));
        for (String field : List.of("productName", "ticketHook", "maxAttachmentMb", "defaultLanguage", "sessionTimeoutMinutes",
                "headerColor", "accentColor", "baseUrl")) {
            assertTrue(bad.hasErrorOn(field), field);
        }
        try {
            As.admin(ADMIN, () -> settings.save(new SettingsForm(before.getVersion(), "Mesa de Ayuda NET7", "Caso#", 1, false, "en", 60,
                    "#004d40", "#00796b", original.lockOnAnswer(), original.baseUrl(), original.faqApproval())));
            SystemSettings after = settings.current();
            assertEquals("Mesa de Ayuda NET7", after.getProductName());
            assertEquals("[Caso#2026112610000017]", after.subjectTag("2026112610000017"));
            assertEquals(1024 * 1024, after.getMaxAttachmentBytes());
            RuleViolationException closed = assertThrows(RuleViolationException.class, () -> registration.register(
                    new Registration("Rosa", "Huamán", Fixtures.unique("rosa") + "@net7.example", null, "rosa-password", "es")));
            assertEquals("registration.closed", closed.getMessageKey());

            ValidationException notImage = assertThrows(ValidationException.class,
                    () -> As.admin(ADMIN, () -> settings.uploadLogo(Logo.Kind.LOGIN, "<html/>".getBytes(), "text/html")));
            assertTrue(notImage.hasErrorOn("logo"));
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
            assertTrue(As.admin(ADMIN, () -> settings.uploadLogo(Logo.Kind.LOGIN, png, "image/png")).hasLoginLogo());
            assertEquals("image/png", settings.logo(Logo.Kind.LOGIN).orElseThrow().getContentType());
            assertFalse(As.admin(ADMIN, () -> settings.uploadLogo(Logo.Kind.LOGIN, null, null)).hasLoginLogo());
            assertTrue(settings.logo(Logo.Kind.LOGIN).isEmpty());

            AuditEntry change = As.admin(ADMIN, () -> audit.entries("SystemSettings", null, 0, 10)).rows().stream()
                    .filter(e -> e.getChanges().contains("productName")).findFirst().orElseThrow();
            assertTrue(change.getChanges().contains("selfRegistration: true → false"), change.getChanges());
        } finally {
            As.admin(ADMIN, () -> settings.save(new SettingsForm(settings.current().getVersion(), original.productName(),
                    original.ticketHook(), original.maxAttachmentMb(), original.selfRegistration(), original.defaultLanguage(),
                    original.sessionTimeoutMinutes(), original.headerColor(), original.accentColor(), original.lockOnAnswer(),
                    original.baseUrl(), original.faqApproval())));
        }
    }

    @Test
    void statesTypesAndServicesAreKeptWithoutBreakingTheWorkflow() {
        TicketState waiting = As.admin(ADMIN, () -> catalogAdmin.saveState(new TicketStateForm(null, 0,
                Fixtures.unique("esperando proveedor"), StateType.PENDING_REMINDER, true)));
        assertEquals(StateType.PENDING_REMINDER, waiting.getType());
        TicketState merged = As.agent(ADMIN, () -> ticketCatalog.state("merged"));
        ValidationException last = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> catalogAdmin.saveState(new TicketStateForm(merged.getId(), merged.getVersion(), "merged", StateType.MERGED, false))));
        assertTrue(last.hasErrorOn("valid"));
        ValidationException taken = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> catalogAdmin.saveState(new TicketStateForm(null, 0, "open", StateType.OPEN, true))));
        assertTrue(taken.hasErrorOn("name"));

        TicketType type = As.admin(ADMIN, () -> catalogAdmin.saveType(new TicketTypeForm(null, 0, Fixtures.unique("Consulta"), true)));
        TicketType renamed = As.admin(ADMIN, () -> catalogAdmin.saveType(new TicketTypeForm(type.getId(), type.getVersion(),
                type.getName() + " general", false)));
        assertFalse(renamed.isValid());
        assertFalse(As.customer("anyone", () -> ticketCatalog.types()).contains(renamed));

        ItService parent = As.admin(ADMIN, () -> catalogAdmin.saveService(new ItServiceForm(null, 0, Fixtures.unique("Correo"), null,
                true)));
        ItService child = As.admin(ADMIN, () -> catalogAdmin.saveService(new ItServiceForm(null, 0, "Buzones", parent.getId(), true)));
        assertEquals(parent.getName() + " › Buzones", child.getName());
        String changes = As.admin(ADMIN, () -> audit.entries("TicketType", type.getName(), 0, 1)).rows().get(0).getChanges();
        assertTrue(changes.contains("valid: true → false"), changes);

        // priorities: renamed in both languages; one the impact × urgency matrix gives stays valid
        TicketPriority low = As.agent(ADMIN, () -> ticketCatalog.priorities()).get(1);
        ValidationException inMatrix = assertThrows(ValidationException.class, () -> As.admin(ADMIN,
                () -> catalogAdmin.savePriority(new TicketPriorityForm(2, low.getVersion(), low.getNameEs(), low.getNameEn(), false))));
        assertTrue(inMatrix.hasErrorOn("valid"));
        TicketPriority minor = As.admin(ADMIN, () -> catalogAdmin.savePriority(new TicketPriorityForm(2, low.getVersion(), "2 menor",
                "2 minor", true)));
        try {
            assertEquals("2 menor", As.customer("anyone", () -> ticketCatalog.priorities()).get(1).getNameEs());
            assertThrows(ConcurrentChangeException.class, () -> As.admin(ADMIN,
                    () -> catalogAdmin.savePriority(new TicketPriorityForm(2, low.getVersion(), "x", "x", true))));
        } finally {
            As.admin(ADMIN, () -> catalogAdmin.savePriority(new TicketPriorityForm(2, minor.getVersion(), low.getNameEs(),
                    low.getNameEn(), true)));
        }
    }

    private AgentGroup lookupGroup(long id) {
        return As.admin(ADMIN, () -> agents.groups()).stream().filter(g -> g.getId() == id).findFirst().orElseThrow();
    }
}
