package org.helpdesk.api.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.helpdesk.api.mapping.ApiMapping.Direction;
import org.helpdesk.api.mapping.ApiMapping.Kind;
import org.helpdesk.shared.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The simple mapping renames keys at any depth and replaces values; its lines are checked. */
class MappingTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static ApiMappingForm simple(String keys, String values) {
        return new ApiMappingForm("GenericTicketConnectorREST", Direction.REQUEST, 0, Kind.SIMPLE, keys, values, null);
    }

    @Test
    void keysAreRenamedAtAnyDepthAndValuesReplacedUnderTheirNewKey() throws Exception {
        Mapping mapping = Mapping.of(simple("""
                # ticket fields in Spanish
                Titulo = Title
                Prioridad = Priority
                Asunto = Subject
                """, "Priority: alta = 4 high\nPriority: baja = 2 low"));
        JsonObject data = Json.createObjectBuilder()
                .add("Ticket", Json.createObjectBuilder().add("Titulo", "Sin red").add("Prioridad", "alta").add("Queue", "alta"))
                .add("Article", Json.createArrayBuilder().add(Json.createObjectBuilder().add("Asunto", "Sin red"))).build();
        assertEquals(Json.createObjectBuilder()
                .add("Ticket", Json.createObjectBuilder().add("Title", "Sin red").add("Priority", "4 high").add("Queue", "alta"))
                .add("Article", Json.createArrayBuilder().add(Json.createObjectBuilder().add("Subject", "Sin red"))).build(),
                mapping.apply(data, "TicketCreate", executor));
    }

    @Test
    void aLineThatIsNoMappingIsRefusedWithItsNumber() {
        ValidationException keys = assertThrows(ValidationException.class, () -> Mapping.of(simple("Titulo = Title\nAsunto", null)));
        assertEquals("keyMap", keys.getErrors().get(0).field());
        assertEquals(2, keys.getErrors().get(0).arguments()[0]);
        ValidationException name = assertThrows(ValidationException.class, () -> Mapping.of(simple("TicketNumber = Número de ticket", null)));
        assertEquals(1, name.getErrors().get(0).arguments()[0], "a key SOAP could not carry");
        ValidationException values = assertThrows(ValidationException.class, () -> Mapping.of(simple(null, "alta = 4 high")));
        assertEquals("valueMap", values.getErrors().get(0).field());
        assertThrows(ValidationException.class, () -> Mapping.of(new ApiMappingForm("GenericTicketConnectorREST", Direction.REQUEST, 0,
                Kind.XSLT, null, null, " ")));
    }

    @Test
    void noMappingLeavesTheDataAlone() throws Exception {
        JsonObject data = Json.createObjectBuilder().add("Titulo", "x").build();
        assertEquals(data, Mapping.of(ApiMappingForm.none("GenericTicketConnectorREST", Direction.RESPONSE)).apply(data, null, executor));
    }
}
