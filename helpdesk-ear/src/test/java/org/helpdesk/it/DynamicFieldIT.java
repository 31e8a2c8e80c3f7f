package org.helpdesk.it;

import static org.helpdesk.it.Fixtures.ADMIN;
import static org.helpdesk.it.Fixtures.QUEUE_N1;
import static org.helpdesk.it.Fixtures.SUPPORT_GROUP;
import static org.helpdesk.it.Fixtures.TYPE_INCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;

import org.helpdesk.agent.Agent;
import org.helpdesk.agent.Permission;
import org.helpdesk.customer.CustomerUser;
import org.helpdesk.field.DynamicField;
import org.helpdesk.field.DynamicFieldForm;
import org.helpdesk.field.DynamicFieldService;
import org.helpdesk.field.FieldType;
import org.helpdesk.field.Screen;
import org.helpdesk.shared.ValidationException;
import org.helpdesk.ticket.CustomerTicketService;
import org.helpdesk.ticket.FieldValue;
import org.helpdesk.ticket.HistoryEntry;
import org.helpdesk.ticket.HistoryType;
import org.helpdesk.ticket.Level;
import org.helpdesk.ticket.NewCustomerTicket;
import org.helpdesk.ticket.Ticket;
import org.helpdesk.ticket.TicketFieldService;
import org.helpdesk.ticket.TicketQuery;
import org.helpdesk.ticket.TicketSearchService;
import org.helpdesk.ticket.TicketService;
import org.helpdesk.ticket.TicketSort;
import org.helpdesk.ticket.TicketSummary;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dynamic fields from definition to search: the administrator defines them, agents and customers
 * fill them in where they show (required ones enforced), values are stored typed and found by search.
 * The fields made here are made invalid at the end, so other tests' tickets do not need them.
 */
@ExtendWith(ArquillianExtension.class)
class DynamicFieldIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.helpdesk();
    }

    @EJB
    DynamicFieldService fields;

    @EJB
    TicketFieldService ticketFields;

    @EJB
    TicketService tickets;

    @EJB
    CustomerTicketService portal;

    @EJB
    TicketSearchService search;

    @Inject
    Fixtures fixtures;

    @Test
    void fieldsAreDefinedFilledInStoredTypedAndSearched() {
        List<DynamicField> made = new ArrayList<>();
        try {
            String suffix = Fixtures.unique("f").replace("-", "");
            DynamicField model = define(made, "Modelo" + suffix, FieldType.TEXT, null, true, true, false);
            DynamicField site = define(made, "Sede" + suffix, FieldType.DROPDOWN, "Lima\nArequipa\nTrujillo", true, true, true);
            DynamicField systems = define(made, "Sistemas" + suffix, FieldType.MULTISELECT, "Correo\nVPN\nERP", false, true, false);
            DynamicField bought = define(made, "Compra" + suffix, FieldType.DATE, null, false, true, false);
            DynamicField visit = define(made, "Visita" + suffix, FieldType.DATETIME, null, false, true, false);
            DynamicField warranty = define(made, "Garantia" + suffix, FieldType.CHECKBOX, null, false, true, false);
            DynamicField notes = define(made, "Detalle" + suffix, FieldType.TEXTAREA, null, false, true, false);

            Agent agent = fixtures.agent("campos", Map.of(SUPPORT_GROUP, Set.of(Permission.RW)));
            CustomerUser customer = fixtures.customer();
            // the required field is missing, and a choice that is not offered: nothing is written
            long before = count(agent, TicketQuery.all().withCustomer(customer.getId()));
            ValidationException missing = assertThrows(ValidationException.class, () -> As.agent(agent.getLogin(),
                    () -> tickets.create(Fixtures.phoneTicket(QUEUE_N1, customer.getId(), 2).withFields(Map.of(
                            site.getId(), List.of("Cusco"), bought.getId(), List.of("30/02/2026"))))));
            List<String> messages = missing.getErrors().stream().map(e -> e.getMessage(Locale.forLanguageTag("es"))).toList();
            assertTrue(messages.contains("Campos adicionales: " + model.getLabelEs() + " es obligatorio."), messages.toString());
            assertTrue(messages.contains("Campos adicionales: " + site.getLabelEs() + ": elija una de las opciones."), messages.toString());
            assertTrue(messages.contains("Campos adicionales: " + bought.getLabelEs() + ": no es una fecha válida."), messages.toString());
            assertEquals(before, count(agent, TicketQuery.all().withCustomer(customer.getId())));

            Ticket ticket = As.agent(agent.getLogin(), () -> tickets.create(Fixtures.phoneTicket(QUEUE_N1, customer.getId(), 2)
                    .withFields(Map.of(model.getId(), List.of("ThinkPad T14 " + suffix), site.getId(), List.of("Arequipa"),
                            systems.getId(), List.of("Correo", "VPN"), bought.getId(), List.of("2026-03-15"),
                            visit.getId(), List.of("2026-11-27T10:30"), warranty.getId(), List.of("true"),
                            notes.getId(), List.of("Pantalla parpadea\nal encender")))));
            Map<DynamicField, List<FieldValue>> stored = As.agent(agent.getLogin(), () -> ticketFields.values(ticket.getId()));
            assertEquals(List.of("Correo", "VPN"), stored.get(systems).stream().map(FieldValue::getText).toList());
            assertEquals(LocalDate.of(2026, 3, 15), stored.get(bought).get(0).getDate());
            assertEquals(LocalDate.of(2026, 11, 27).atTime(10, 30).atZone(ZoneId.of("America/Lima")).toInstant(),
                    stored.get(visit).get(0).getTime());
            assertEquals(Boolean.TRUE, stored.get(warranty).get(0).getFlag());
            assertEquals("Pantalla parpadea\nal encender", stored.get(notes).get(0).getText());

            // search: text contains, choice and date equal, date-time by day, ticked checkbox
            for (Map<Long, String> searched : List.of(Map.of(model.getId(), "t14 " + suffix.toLowerCase()),
                    Map.of(site.getId(), "Arequipa", model.getId(), suffix), Map.of(systems.getId(), "VPN", model.getId(), suffix),
                    Map.of(bought.getId(), "2026-03-15", model.getId(), suffix), Map.of(visit.getId(), "2026-11-27", model.getId(), suffix),
                    Map.of(warranty.getId(), "true", model.getId(), suffix))) {
                List<TicketSummary> found = As.agent(agent.getLogin(),
                        () -> search.search(TicketQuery.all().withFields(searched), TicketSort.CREATED, false, 0, 10));
                assertEquals(List.of(ticket.getNumber()), found.stream().map(TicketSummary::number).toList(), searched.toString());
            }
            assertEquals(0, count(agent, TicketQuery.all().withFields(Map.of(site.getId(), "Lima", model.getId(), suffix))));
            assertEquals(0, count(agent, TicketQuery.all().withFields(Map.of(warranty.getId(), "0", model.getId(), suffix))),
                    "0: the box not ticked");

            // the zoom's form replaces the values of all its fields (required ones still required); the multiselect keeps one
            assertThrows(ValidationException.class, () -> As.agent(agent.getLogin(), () -> {
                tickets.changeFields(ticket.getId(), Map.of(model.getId(), List.of("ThinkPad T14 " + suffix)));
                return null;
            }));
            As.agent(agent.getLogin(), () -> {
                tickets.changeFields(ticket.getId(), Map.of(model.getId(), List.of("ThinkPad T14 " + suffix), site.getId(), List.of("Arequipa"),
                        systems.getId(), List.of("ERP")));
                return null;
            });
            assertEquals(List.of("ERP"), As.agent(agent.getLogin(), () -> ticketFields.input(ticket.getId())).get(systems.getId()));
            assertEquals(0, count(agent, TicketQuery.all().withFields(Map.of(systems.getId(), "VPN", model.getId(), suffix))));
            // the box was not in the form's values, so it is not ticked any more
            assertEquals(1, count(agent, TicketQuery.all().withFields(Map.of(warranty.getId(), "false", model.getId(), suffix))));
            assertEquals(0, count(agent, TicketQuery.all().withFields(Map.of(warranty.getId(), "true", model.getId(), suffix))));
            // each field that changed is in the history, with the values before and after; the unchanged ones are not
            List<String> changed = As.agent(agent.getLogin(), () -> tickets.history(ticket.getId())).stream()
                    .filter(h -> h.getType() == HistoryType.DYNAMIC_FIELD_UPDATE).map(HistoryEntry::getDetail).toList();
            assertTrue(changed.contains(systems.getName() + ": Correo, VPN → ERP"), changed.toString());
            assertTrue(changed.contains(warranty.getName() + ": true → "), changed.toString());
            assertFalse(changed.stream().anyMatch(d -> d.startsWith(model.getName() + ":") || d.startsWith(site.getName() + ":")),
                    changed.toString());

            // customers fill in the fields of their form only, required ones enforced
            CustomerUser portalUser = fixtures.customer();
            assertEquals(List.of(site), As.customer(portalUser.getLogin(), () -> fields.shown(Screen.CUSTOMER_NEW)).stream()
                    .filter(made::contains).toList());
            assertThrows(ValidationException.class, () -> As.customer(portalUser.getLogin(), () -> fields.shown(Screen.ZOOM)));
            assertThrows(EJBAccessException.class, () -> As.customer(portalUser.getLogin(), () -> ticketFields.values(ticket.getId())));
            ValidationException noSite = assertThrows(ValidationException.class, () -> As.customer(portalUser.getLogin(),
                    () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N1, Level.LOW, Level.LOW, null, "Sin sede", "x",
                            List.of()))));
            assertTrue(noSite.hasErrorOn("fields"));
            Ticket fromPortal = As.customer(portalUser.getLogin(), () -> portal.create(new NewCustomerTicket(TYPE_INCIDENT, QUEUE_N1,
                    Level.LOW, Level.LOW, null, "Con sede", "x", List.of()).withFields(Map.of(site.getId(), List.of("Trujillo")))));
            assertEquals("Trujillo", As.agent(agent.getLogin(), () -> ticketFields.values(fromPortal.getId())).get(site).get(0).getText());
        } finally {
            for (DynamicField field : made) {
                DynamicFieldForm form = DynamicFieldForm.of(field);
                As.admin(ADMIN, () -> fields.save(new DynamicFieldForm(form.id(), form.version(), form.name(), form.labelEs(),
                        form.labelEn(), form.type(), form.options(), form.position(), false, form.showAgentNew(), form.showCustomerNew(),
                        form.showZoom(), form.showSearch(), false)));
            }
        }
    }

    @Test
    void fieldDefinitionsAreValidated() {
        ValidationException bad = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> fields.save(
                new DynamicFieldForm(null, 0, "1 mal", "", "Label", FieldType.TEXT, null, 1, false, true, false, true, true, true))));
        assertTrue(bad.hasErrorOn("name"));
        assertTrue(bad.hasErrorOn("labelEs"));
        ValidationException noOptions = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> fields.save(
                new DynamicFieldForm(null, 0, "SinOpciones", "Lista", "List", FieldType.DROPDOWN, " \n ", 1, false, true, false, true,
                        true, true))));
        assertTrue(noOptions.hasErrorOn("options"));
        DynamicField field = As.admin(ADMIN, () -> fields.save(new DynamicFieldForm(null, 0, Fixtures.unique("Ref").replace("-", ""),
                "Referencia", "Reference", FieldType.TEXT, null, 1, false, false, false, true, true, false)));
        ValidationException fixed = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> fields.save(
                new DynamicFieldForm(field.getId(), field.getVersion(), field.getName(), "Referencia", "Reference", FieldType.DATE, null, 1,
                        false, false, false, true, true, false))));
        assertTrue(fixed.hasErrorOn("type"));
        ValidationException taken = assertThrows(ValidationException.class, () -> As.admin(ADMIN, () -> fields.save(
                new DynamicFieldForm(null, 0, field.getName().toUpperCase(), "Otra", "Other", FieldType.TEXT, null, 1, false, false, false,
                        true, true, false))));
        assertTrue(taken.hasErrorOn("name"));
    }

    private DynamicField define(List<DynamicField> made, String name, FieldType type, String options, boolean required, boolean agentNew,
            boolean customerNew) {
        DynamicField field = As.admin(ADMIN, () -> fields.save(new DynamicFieldForm(null, 0, name, name + " (es)", name + " (en)", type,
                options, made.size(), required, agentNew, customerNew, true, true, true)));
        made.add(field);
        return field;
    }

    private long count(Agent agent, TicketQuery query) {
        return As.agent(agent.getLogin(), () -> search.count(query));
    }
}
